//! Test helpers shared by the clause-level modules (when, places, roles).

/// Deterministic pseudo-random clauses (xorshift) from fragments that exercise the
/// patterns, cut at arbitrary char boundaries, so odd input is tried without a fuzz crate.
pub(crate) fn random_clauses() -> impl Iterator<Item = String> {
    const FRAGMENTS: &[&str] = &[
        "told",
        "said",
        "in",
        "at",
        "on",
        "the",
        "a",
        "Thursday",
        "Aug.",
        "13",
        "-",
        "2018",
        "last",
        "week",
        "'s",
        "’s",
        "(R-Texas)",
        "Sen.",
        "of",
        "for",
        "É",
        "ü",
        "—",
        ",",
        "“",
        "interview",
        "with",
        "CNN",
        "news",
        "briefing",
        "Des Moines",
        "Iowa",
        "NEW YORK",
        "(UPI)",
        "spokesman",
        "Ministry",
        "former",
        "yesterday",
        "mid-",
        "May",
        "2.5",
        "ŁŻ",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        usize::try_from(state % 1_000_003).unwrap_or(0)
    };
    (0..3000).map(move |_| {
        let len = next() % 12;
        let text: String = (0..len)
            .map(|_| FRAGMENTS[next() % FRAGMENTS.len()])
            .collect::<Vec<_>>()
            .join(if next() % 3 == 0 { "" } else { " " });
        let cut = next() % (text.len() + 1);
        let cut = (0..=cut).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        text[cut..].to_owned()
    })
}
