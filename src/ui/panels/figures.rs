//! `FiguresPanel`: every figure as a row of value, qualifier, item, category, period and
//! change, grouped as seized / outcomes / activity / crime statistics and sortable by any
//! column (the headings are buttons and carry `aria-sort`). On a phone each row is a
//! card, every cell labelled with its column (`data-label`, shown by the style sheet).

use yew::prelude::*;

use super::Shared;

use super::Pager;
use crate::extract::Extraction;
use crate::present::highlight::FactId;
use crate::present::table::{aria_sort, figure_groups, group_place, Column, Sort};
use crate::present::Report;

#[derive(Properties, PartialEq)]
pub struct FiguresPanelProps {
    pub report: Shared<Report>,
    pub extraction: Shared<Extraction>,
    pub sort: Option<Sort>,
    /// The page of each group asked for (`State::figure_pages`).
    pub pages: [usize; 4],
    /// The picked fact's panel row, if it is a figure.
    pub selected: Option<FactId>,
    pub on_sort: Callback<Column>,
    /// A group (by its place) and the page of it to show.
    pub on_page: Callback<(usize, usize)>,
    pub on_select: Callback<FactId>,
}

#[component]
pub fn FiguresPanel(props: &FiguresPanelProps) -> Html {
    let rows = &props.report.figures;
    let groups = figure_groups(&props.extraction.figures, rows, props.sort, &props.pages);
    // A group's place in the order `figure_groups` gives every group, shown or not.
    let to_page = |key: &'static str| {
        let (on_page, at) = (props.on_page.clone(), group_place(key));
        Callback::from(move |page: usize| on_page.emit((at, page)))
    };
    let heading = |column: Column| {
        let on_sort = props.on_sort.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_sort.emit(column));
        let numeric = column == Column::Value;
        html! {
            <th scope="col" class={classes!(numeric.then_some("num"))} aria-sort={aria_sort(props.sort, column)}>
                <button type="button" class="sort" {onclick}>
                    { column.title() }
                    <span class="arrow" aria-hidden="true"></span>
                </button>
            </th>
        }
    };
    html! {
        <section class="panel figures" id="figures" role="region" aria-labelledby="figures-title">
            <h2 id="figures-title">{ "Figures" }</h2>
            if rows.is_empty() {
                <p class="empty">{ "No figures found." }</p>
            } else {
                <div class="table-wrap">
                    <table>
                        <thead>
                            <tr>
                                for column in Column::ALL {
                                    { heading(column) }
                                }
                            </tr>
                        </thead>
                        for group in groups.iter() {
                            <tbody class={classes!("group", group.key)} data-group={group.key}>
                                <tr class="group-head">
                                    <th scope="rowgroup" colspan="6">{ group.title }</th>
                                </tr>
                                for row in group.rows.iter().filter_map(|&i| rows.get(i)) {
                                    <tr
                                        data-row={row.id.key()}
                                        class={classes!((props.selected == Some(row.id)).then_some("selected"), row.origin)}
                                        title={row.hint.clone()}
                                        onclick={select(&props.on_select, row.id)}
                                    >
                                        <td class="num" data-label={Column::Value.title()}>
                                            <button type="button" class="fact-link" aria-pressed={(props.selected == Some(row.id)).to_string()}>
                                                { &row.value }
                                            </button>
                                            if row.inferred {
                                                <span class="tag inferred" title="This value was worked out from the text, not written in it.">{ "inferred" }</span>
                                            }
                                        </td>
                                        <td data-label={Column::Qualifier.title()}>{ &row.qualifier }</td>
                                        <td data-label={Column::Item.title()}>{ &row.item }</td>
                                        <td data-label={Column::Category.title()}><span class={classes!("cat", row.group)}>{ &row.category }</span></td>
                                        <td data-label={Column::Period.title()}>{ &row.period }</td>
                                        <td data-label={Column::Change.title()}>{ &row.change }</td>
                                    </tr>
                                }
                                if group.page.is_paged() {
                                    <tr class="more">
                                        <td colspan="6">
                                            <Pager page={group.page} what="Figures" name={format!("Pages of {}", group.title)} on_page={to_page(group.key)} />
                                        </td>
                                    </tr>
                                }
                            </tbody>
                        }
                    </table>
                </div>
            }
        </section>
    }
}

/// A click handler that picks `fact`.
pub fn select<E: 'static>(on_select: &Callback<FactId>, fact: FactId) -> Callback<E> {
    let on_select = on_select.clone();
    Callback::from(move |_: E| on_select.emit(fact))
}
