//! `ChartsPanel`: the release's charts as inline SVG, each with a "Download SVG" button
//! (the file names its source release under the chart); nothing at all when there is
//! nothing to draw.

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
    let drawn = use_memo(Facts(props.extraction.clone()), |x| charts::charts(&x.0));
    if drawn.is_empty() {
        return Html::default();
    }
    html! {
        <section class="panel charts" id="charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{ "Charts" }</h2>
            for chart in drawn.iter() {
                <figure class="chart">
                    // The chart scales to the panel's width (its viewBox), down to a
                    // phone's, so the frame never scrolls.
                    <div class="chart-frame">
                        // Safe as HTML: the SVG is drawn by `present::charts`, which
                        // escapes every text it draws (tested with a `<script>` item there).
                        { Html::from_html_unchecked(AttrValue::from(chart.svg.clone())) }
                    </div>
                    // The title is in the chart; the caption says only what it adds.
                    <figcaption>
                        <span class="chart-note">{ &chart.note }</span>
                        <button
                            type="button"
                            class="download-svg"
                            aria-label={format!("Download SVG: {}", chart.title)}
                            onclick={download(chart, &props.extraction)}
                        >
                            { "Download SVG" }
                        </button>
                    </figcaption>
                </figure>
            }
        </section>
    }
}

/// Saves the chart drawn again with its source line under it (drawn when clicked).
fn download(chart: &charts::Chart, x: &Rc<Extraction>) -> Callback<MouseEvent> {
    let chart = chart.clone();
    let x = x.clone();
    Callback::from(move |_: MouseEvent| {
        if let Some(svg) = chart.file_svg(&charts::source_line(&x)) {
            let _ = save_file(&charts::file_name(&chart.title), &svg, "image/svg+xml");
        }
    })
}
