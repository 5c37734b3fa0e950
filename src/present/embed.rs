//! The widget mode (`index.html?embed`): what a host page asks for in the widget's URL,
//! and the names of the messages the widget and its host exchange.
//!
//! The messages themselves are documented in README.md ("Embed Blotter"); the page's side
//! is `crate::ui::embed`, the host's side `static/embed.js`.

/// Every message of the widget carries `type` starting with this, and `version`.
pub const MESSAGE_PREFIX: &str = "blotter:";
/// The version of the messages' shape.
pub const MESSAGE_VERSION: u32 = 1;

/// How a host asked for the widget.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    /// The host page's origin (`https://example.org`): the only origin the widget posts
    /// its facts to and takes text from. `None` when neither the URL nor the referrer
    /// names one; the widget then posts nothing.
    pub host: Option<String>,
    /// The host's name for this widget (letters, digits, `-` and `_`, at most 40), so a
    /// page with several widgets can tell their messages apart.
    pub widget: String,
    /// `light` or `dark` when the host chose one; otherwise the system's preference.
    pub theme: Option<String>,
    /// Whether the host asked for the editor (`mode=edit`): the box, Open file, Sample
    /// and Clear. Otherwise the widget is a compact read-only view of the facts and the
    /// highlighted text.
    pub edit: bool,
}

impl EmbedConfig {
    /// The widget configuration in a URL's query
    /// (`?embed&origin=…&widget=…&theme=…&mode=edit`),
    /// or `None` when the page is not embedded. `referrer` is `document.referrer`, whose
    /// origin stands in for a missing `origin`.
    ///
    /// ```
    /// # use blotter::present::embed::EmbedConfig;
    /// let c = EmbedConfig::from_query("?embed&origin=https%3A%2F%2Fnews.example&widget=w1", "").unwrap();
    /// assert_eq!(c.host.as_deref(), Some("https://news.example"));
    /// assert_eq!(c.widget, "w1");
    /// ```
    pub fn from_query(query: &str, referrer: &str) -> Option<EmbedConfig> {
        let mut embed = false;
        let mut config = EmbedConfig::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value);
            match key {
                "embed" => embed = true,
                "origin" => config.host = origin_of(&value),
                "widget" if is_widget_name(&value) => config.widget = value,
                "theme" if value == "light" || value == "dark" => config.theme = Some(value),
                "mode" => config.edit = value == "edit",
                _ => {}
            }
        }
        if config.host.is_none() {
            config.host = origin_of(referrer);
        }
        embed.then_some(config)
    }
}

/// The origin (`scheme://host[:port]`) of an http or https URL, or `None`.
///
/// ```
/// # use blotter::present::embed::origin_of;
/// assert_eq!(origin_of("http://127.0.0.1:8080/page.html?x").as_deref(), Some("http://127.0.0.1:8080"));
/// assert_eq!(origin_of("javascript:alert(1)"), None);
/// ```
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_ok = !authority.is_empty()
        && !authority.contains('@')
        && authority
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b));
    host_ok.then(|| {
        format!(
            "{}://{}",
            scheme.to_ascii_lowercase(),
            authority.to_ascii_lowercase()
        )
    })
}

fn is_widget_name(name: &str) -> bool {
    name.len() <= 40
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `%XX` and `+` decoded; malformed escapes are kept as they are.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |at: usize| bytes.get(at).and_then(|c| (*c as char).to_digit(16));
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_url_with_embed_is_a_widget() {
        assert_eq!(EmbedConfig::from_query("", ""), None);
        assert_eq!(EmbedConfig::from_query("?theme=dark", ""), None);
        let plain = EmbedConfig::from_query("?embed", "").expect("embedded");
        assert_eq!(plain, EmbedConfig::default());
        assert!(EmbedConfig::from_query("?embed=1", "").is_some());
    }

    #[test]
    fn the_host_comes_from_the_url_or_else_the_referrer() {
        let table = [
            (
                "?embed&origin=http%3A%2F%2F127.0.0.1%3A4000",
                "",
                Some("http://127.0.0.1:4000"),
            ),
            (
                "?embed",
                "https://Council.example/transparency/page?q=1",
                Some("https://council.example"),
            ),
            (
                "?embed&origin=https%3A%2F%2Fa.example",
                "https://b.example/",
                Some("https://a.example"),
            ),
            ("?embed&origin=javascript%3Aalert(1)", "", None),
            ("?embed&origin=https%3A%2F%2Fuser%40evil.example", "", None),
            ("?embed&origin=data%3Atext%2Fhtml", "about:blank", None),
        ];
        for (query, referrer, host) in table {
            let config = EmbedConfig::from_query(query, referrer).expect(query);
            assert_eq!(config.host.as_deref(), host, "{query} {referrer}");
        }
    }

    #[test]
    fn widget_names_and_themes_outside_their_forms_are_dropped() {
        let c = EmbedConfig::from_query("?embed&widget=fact-check_2&theme=dark", "").unwrap();
        assert_eq!(
            (c.widget.as_str(), c.theme.as_deref()),
            ("fact-check_2", Some("dark"))
        );
        let c = EmbedConfig::from_query("?embed&widget=%3Cscript%3E&theme=blue", "").unwrap();
        assert_eq!((c.widget.as_str(), c.theme), ("", None));
    }

    #[test]
    fn the_widget_is_read_only_unless_the_host_asks_for_the_editor() {
        let compact = EmbedConfig::from_query("?embed&widget=w", "").unwrap();
        assert!(!compact.edit, "compact is the default");
        let edit = EmbedConfig::from_query("?embed&mode=edit", "").unwrap();
        assert!(edit.edit);
        for other in ["?embed&mode=Edit", "?embed&mode=view", "?embed&mode="] {
            assert!(!EmbedConfig::from_query(other, "").unwrap().edit, "{other}");
        }
    }

    #[test]
    fn percent_decoding_keeps_malformed_escapes() {
        assert_eq!(percent_decode("a%20b+c%2"), "a b c%2");
        assert_eq!(percent_decode("%E2%80%99"), "\u{2019}");
        assert_eq!(percent_decode("%ZZ"), "%ZZ");
    }
}
