//! Examples for contacts: many phrasings of one value, and what must not be found.

use crate::extract::{extract, ContactKind, Options};

/// The contacts found in `text`, as (kind, value).
fn contacts(text: &str) -> Vec<(ContactKind, String)> {
    extract(text, &Options::default())
        .contacts
        .into_iter()
        .map(|c| (c.kind, c.value))
        .collect()
}

fn phones(text: &str) -> Vec<String> {
    contacts(text)
        .into_iter()
        .filter(|(k, _)| *k == ContactKind::Phone)
        .map(|(_, v)| v)
        .collect()
}

#[test]
fn phone_numbers_by_their_shape() {
    let table: &[(&str, &str)] = &[
        (
            "Call Crimestoppers anonymously on 0800 555 111.",
            "0800 555 111",
        ),
        (
            "You can also ring Crimestoppers on 0800 555111 at any time.",
            "0800 555111",
        ),
        (
            "The incident room can be reached on 020 7230 1212.",
            "020 7230 1212",
        ),
        (
            "Call the team on 01632 960123 during office hours.",
            "01632 960123",
        ),
        (
            "From abroad, dial +44 (0)20 7946 0018.",
            "+44 (0)20 7946 0018",
        ),
        (
            "Tips may be left at (804) 555-0142 around the clock.",
            "(804) 555-0142",
        ),
        (
            "Call detectives at 804-555-0199 with any details.",
            "804-555-0199",
        ),
        (
            "The tip line is 1800 333 000 for callers in Australia.",
            "1800 333 000",
        ),
        ("Text the appeal line on 07700 900461.", "07700 900461"),
        ("Textphone users can dial 18001 101.", "18001 101"),
        (
            "Contact the station on 061 212400 at any time.",
            "061 212400",
        ),
        (
            "In Australia, call 131 444 for police assistance.",
            "131 444",
        ),
    ];
    for (text, want) in table {
        assert_eq!(phones(text), vec![want.to_string()], "{text}");
    }
}

#[test]
fn service_numbers_need_a_word_that_says_call() {
    let table: &[(&str, &[&str])] = &[
        (
            "Anyone with information should call 101 quoting log 412.",
            &["101"],
        ),
        (
            "Information can be passed via 999 or by tweeting the team.",
            &["999"],
        ),
        ("Always dial 999 in an emergency.", &["999"]),
        (
            "Contact police on 101 or Crimestoppers on 0800 555 111.",
            &["101", "0800 555 111"],
        ),
        ("Report it online or ring 101.", &["101"]),
        (
            "In New Zealand, call 105 to report a non-emergency.",
            &["105"],
        ),
        ("If life is at risk call 000 immediately.", &["000"]),
        ("Non-emergency line, call: 101.", &["101"]),
        ("Tel: 01632 960555 (office hours).", &["01632 960555"]),
        ("Officers made 101 arrests during the week.", &[]),
        ("In total 999 knives were handed in.", &[]),
        ("The team carried out searches on 111 properties.", &[]),
        (
            "Patrols rose to 101 over the weekend compared with 88.",
            &[],
        ),
    ];
    for (text, want) in table {
        assert_eq!(phones(text), *want, "{text}");
    }
}

#[test]
fn handles_addresses_and_emails() {
    let table: &[(&str, &[(ContactKind, &str)])] = &[
        (
            "Tweet @MetCC with the details.",
            &[(ContactKind::Handle, "@MetCC")],
        ),
        (
            "Follow @BTP_Leeds for updates.",
            &[(ContactKind::Handle, "@BTP_Leeds")],
        ),
        (
            "Report online at https://www.example.police.uk/ro/report/.",
            &[(ContactKind::Url, "https://www.example.police.uk/ro/report/")],
        ),
        (
            "More advice is at www.met.police.uk.",
            &[(ContactKind::Url, "www.met.police.uk")],
        ),
        (
            "Use the form at met.police.uk/tua, or call.",
            &[(ContactKind::Url, "met.police.uk/tua")],
        ),
        (
            "Email the team at appeals.team@example.police.uk today.",
            &[(ContactKind::Email, "appeals.team@example.police.uk")],
        ),
        (
            "Visit crimestoppers-uk.org (it is anonymous).",
            &[(ContactKind::Url, "crimestoppers-uk.org")],
        ),
    ];
    for (text, want) in table {
        let want: Vec<(ContactKind, String)> =
            want.iter().map(|(k, v)| (*k, v.to_string())).collect();
        assert_eq!(contacts(text), want, "{text}");
    }
}

#[test]
fn no_contacts_in_ordinary_text() {
    for text in [
        "RICHMOND, Va. — Police said 2.5 kg were seized on 12.05.2023.",
        "Officers seized £20,000 and 3.5kg of cannabis, e.g. skunk.",
        "The figures for 2021/22 rose by 7% (from 480 to 524).",
        "Email addresses were not given; @ signs alone are not handles @ all.",
    ] {
        assert_eq!(contacts(text), vec![], "{text}");
    }
}

#[test]
fn reference_numbers_and_postcodes_are_claimed_not_contacts() {
    for text in [
        "Call 101 quoting reference number 4411 (3/6).",
        "Please quote log 2231 of 14/05 when you call 101.",
        "The crime number is 24/81234/23; call 101.",
        "The shop at 12 High Street, AB1 2CD, was raided; call 101.",
    ] {
        assert_eq!(phones(text), vec!["101".to_string()], "{text}");
    }
}

#[test]
fn known_wrong_a_999_call_is_not_a_contact() {
    // "a 999 call" names the number but asks no one to call it; without a call word
    // before it the number is left out, though a reader might list it.
    assert_eq!(
        phones("Officers responded to a 999 call at 2am."),
        Vec::<String>::new()
    );
}

#[test]
fn repeated_contacts_are_one_entry_with_mentions() {
    let out = extract(
        "Call 101. If you cannot, call 101 later, or Crimestoppers on 0800 555 111.",
        &Options::default(),
    );
    assert_eq!(out.contacts.len(), 2);
    assert_eq!(out.contacts[0].source.mentions.len(), 1);
}

#[test]
fn claimed_labels() {
    use crate::extract::text::Doc;
    let table: &[(&str, &[&str])] = &[
        (
            "Call 101 quoting reference number 4411 (3/6).",
            &["4411 (3/6)"],
        ),
        ("Quote CAD 1234 of 12/5 when calling.", &["1234 of 12/5"]),
        ("Please quote 24/81234/23 when you call.", &["24/81234/23"]),
        ("Give log 77 to the officer.", &["77"]),
        (
            "The shop at SW1A 2JL and B32 3AB was raided.",
            &["SW1A 2JL", "B32 3AB"],
        ),
        ("Officers seized 45 knives and made 12 arrests.", &[]),
    ];
    for (text, want) in table {
        let doc = Doc::new(text);
        let got: Vec<&str> = super::reference::claims(&doc)
            .into_iter()
            .map(|s| doc.slice(s))
            .collect();
        assert_eq!(got, *want, "{text}");
    }
}
