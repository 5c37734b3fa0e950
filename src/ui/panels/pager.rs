//! Previous and Next under (and over) a table too long to show at once: the rows a page
//! shows and the words saying which come from `present::paging::Page`.

use yew::prelude::*;

use crate::present::paging::Page;

#[derive(Properties, PartialEq)]
pub struct PagerProps {
    pub page: Page,
    /// What the rows are, as the words say: `Figures`.
    pub what: AttrValue,
    /// The navigation's name for a screen reader: `Pages of every figure`.
    pub name: AttrValue,
    /// Whether a screen reader hears the words when the page changes (one pager of a
    /// table, not both).
    #[prop_or_default]
    pub live: bool,
    pub on_page: Callback<usize>,
}

/// Previous, where the page is (`Figures 301–600 of 3,045`), and Next; nothing for a
/// table of one page. At either end the button says it is unavailable but keeps the
/// keyboard's focus (`aria-disabled`, not `disabled`, which would drop it).
#[component]
pub fn Pager(props: &PagerProps) -> Html {
    let page = props.page;
    if !page.is_paged() {
        return Html::default();
    }
    let go = |to: Option<usize>| {
        let on_page = props.on_page.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(to) = to {
                on_page.emit(to);
            }
        })
    };
    let (previous, next) = (page.previous(), page.next());
    html! {
        <nav class="pager" aria-label={props.name.clone()}>
            <button type="button" class="previous" aria-disabled={previous.is_none().to_string()} onclick={go(previous)}>
                { "Previous" }
            </button>
            <span class="where" aria-live={props.live.then_some("polite")}>{ page.label(&props.what) }</span>
            <button type="button" class="next" aria-disabled={next.is_none().to_string()} onclick={go(next)}>
                { "Next" }
            </button>
        </nav>
    }
}
