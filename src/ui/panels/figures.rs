//! `FiguresPanel`: every figure as a row of value, qualifier, item, category and period.

use yew::prelude::*;

use super::ReportProps;

#[component]
pub fn FiguresPanel(props: &ReportProps) -> Html {
    let rows = &props.report.figures;
    html! {
        <section class="panel figures" id="figures">
            <h2>{ "Figures" }</h2>
            if rows.is_empty() {
                <p class="empty">{ "No figures found." }</p>
            } else {
                <div class="table-wrap">
                    <table>
                        <thead>
                            <tr>
                                <th scope="col" class="num">{ "Value" }</th>
                                <th scope="col">{ "Qualifier" }</th>
                                <th scope="col">{ "Item" }</th>
                                <th scope="col">{ "Category" }</th>
                                <th scope="col">{ "Period" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            for row in rows.iter() {
                                <tr title={row.hint.clone()}>
                                    <td class="num">{ &row.value }</td>
                                    <td>{ &row.qualifier }</td>
                                    <td>{ &row.item }</td>
                                    <td><span class={classes!("cat", row.group)}>{ &row.category }</span></td>
                                    <td>{ &row.period }</td>
                                </tr>
                            }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
