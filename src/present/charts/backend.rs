//! Plotters' SVG backend with text measured by estimate, the same in the page and natively.
//!
//! On wasm32 plotters measures text by adding a `<span>` with a `style` attribute to the
//! page for every label: the page's Content-Security-Policy refuses that style (one
//! violation per label), it needs a `window` (so no chart could be drawn in a worker), and
//! it lays the page out again for each label. plotters-svg only writes `text-anchor`, so
//! the browser places the text itself; the measure is needed only for layout (label
//! areas, which labels fit). `Svg` wraps `SVGBackend`, passes every drawing call through,
//! and answers `estimate_text_size` as plotters' own estimate does on native targets
//! (`style/font/naive.rs`: 0.7 em a byte, 1.24 em high), which the drawing backend trait
//! invites a backend to override.

use plotters::backend::SVGBackend;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

/// `SVGBackend`, with text measured by estimate rather than by the browser.
pub struct Svg<'a>(pub SVGBackend<'a>);

impl<'a> Svg<'a> {
    /// An SVG of `size` pixels written into `out` when the drawing is presented or dropped.
    pub fn with_string(out: &'a mut String, size: (u32, u32)) -> Self {
        Svg(SVGBackend::with_string(out, size))
    }
}

/// The size `text` takes in a font of `size` pixels: 0.7 em a byte wide and 1.24 em
/// high, with the em plotters' SVG backend draws (`size / 1.24`) and its rounding.
pub fn text_size(text: &str, size: f64) -> (u32, u32) {
    let em = size / 1.24 / 1.24;
    let width = (em * 0.7 * text.len() as f64).round();
    let height = (em * 0.24).round() + em.round();
    (width.max(0.0) as u32, height.max(0.0) as u32)
}

type Result<E> = std::result::Result<(), DrawingErrorKind<E>>;
type SvgError = <SVGBackend<'static> as DrawingBackend>::ErrorType;

impl DrawingBackend for Svg<'_> {
    type ErrorType = SvgError;

    fn get_size(&self) -> (u32, u32) {
        self.0.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<SvgError> {
        self.0.ensure_prepared()
    }

    fn present(&mut self) -> Result<SvgError> {
        self.0.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<SvgError> {
        self.0.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<SvgError> {
        self.0.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<SvgError> {
        self.0.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<SvgError> {
        self.0.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<SvgError> {
        self.0.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<SvgError> {
        self.0.fill_polygon(vert, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<SvgError> {
        self.0.draw_text(text, style, pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> std::result::Result<(u32, u32), DrawingErrorKind<SvgError>> {
        Ok(text_size(text, style.size()))
    }
}
