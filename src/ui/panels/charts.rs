//! `ChartsPanel`: the release's charts as inline SVG, each with a "Download SVG" button;
//! nothing at all when there is nothing to draw.

use std::rc::Rc;

use yew::prelude::*;

use crate::extract::Extraction;
use crate::present::charts;
use crate::ui::files::save_file;

/// The props of a part of the page that works on the facts themselves.
#[derive(Properties)]
pub struct ExtractionProps {
    pub extraction: Rc<Extraction>,
}

/// The state replaces its extraction whenever the facts are read again, so the same `Rc`
/// means the same facts: comparing pointers is enough, and cheaper than comparing facts.
impl PartialEq for ExtractionProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.extraction, &other.extraction)
    }
}

/// The facts as a memo's dependency, compared by pointer as above.
#[derive(Clone)]
struct Facts(Rc<Extraction>);

impl PartialEq for Facts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[component]
pub fn ChartsPanel(props: &ExtractionProps) -> Html {
    let svgs = use_memo(Facts(props.extraction.clone()), |x| charts::all_svgs(&x.0));
    if svgs.is_empty() {
        return Html::default();
    }
    html! {
        <section class="panel charts" id="charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{ "Charts" }</h2>
            for (title, svg) in svgs.iter() {
                <figure class="chart">
                    // The chart scales to the panel's width (its viewBox), down to a
                    // phone's, so the frame never scrolls.
                    <div class="chart-frame">
                        // Safe as HTML: the SVG is drawn by `present::charts`, which
                        // escapes every text it draws (tested with a `<script>` item there).
                        { Html::from_html_unchecked(AttrValue::from(svg.clone())) }
                    </div>
                    <figcaption>
                        <span>{ title }</span>
                        <button
                            type="button"
                            class="download-svg"
                            aria-label={format!("Download SVG: {title}")}
                            onclick={download(title, svg)}
                        >
                            { "Download SVG" }
                        </button>
                    </figcaption>
                </figure>
            }
        </section>
    }
}

fn download(title: &str, svg: &str) -> Callback<MouseEvent> {
    let name = charts::file_name(title);
    let svg = svg.to_string();
    Callback::from(move |_: MouseEvent| {
        let _ = save_file(&name, &svg, "image/svg+xml");
    })
}
