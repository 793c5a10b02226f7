//! How one view leads to another: the view behind every link and control of the panels, and
//! the rule every change goes through. Plain functions of the view, its presentation and the
//! loaded outcome, so each decision is tested here rather than in a browser.

use crate::embed::{standalone, with_presentation, Lock, Presentation, Screen};
use crate::follow_up::{COMPARE_AT_LEAST, COMPARE_AT_MOST};
use crate::forum::charts::BarTarget;
use crate::host::Host;
use crate::search::{Constraint, Facet, TrlRange};
use crate::url_state::ViewState;

/// A visitor's change, settled: locked parts of an embed snap back to their `pinned` values,
/// and a new question starts on its first page of answers. `presentation` is the one in force
/// before the change (a change of presentation cannot unlock itself).
pub fn settle_change(
    presentation: &Presentation,
    pinned: &ViewState,
    before: &ViewState,
    next: &mut ViewState,
) {
    presentation.enforce(pinned, next);
    next.restart_paging(before);
}

/// A view brought back by the browser's back or forward button: locks still hold, and it
/// keeps the page it was on.
pub fn settle_restored(presentation: &Presentation, pinned: &ViewState, next: &mut ViewState) {
    presentation.enforce(pinned, next);
}

/// Where a card's link leads: this view with `id`'s detail open. From an embed it leads to the
/// full showcase, so "open in new tab" gives a page of its own rather than a bare frame.
pub fn exhibit_link(view: &ViewState, presentation: &Presentation, id: &str) -> ViewState {
    let mut next = if presentation.embedded {
        standalone(view)
    } else {
        view.clone()
    };
    next.exhibit = Some(id.to_owned());
    next
}

/// Another page of the same results, with no detail open.
pub fn results_page_link(view: &ViewState, page: usize) -> ViewState {
    let mut next = view.clone();
    next.page = page;
    next.exhibit = None;
    next
}

/// "Open the full showcase" from an embed: the same exhibits, no frame, no open detail.
pub fn full_showcase(view: &ViewState) -> ViewState {
    let mut next = standalone(view);
    next.exhibit = None;
    next
}

/// The header's switch: from the exhibits to the embed-code screen for this view, and from
/// there (or the check page) back to the view itself.
pub fn code_screen_switch(view: &ViewState, presentation: &Presentation) -> ViewState {
    if matches!(presentation.screen, Screen::EmbedCode | Screen::Check) {
        return standalone(view);
    }
    let code_screen = Presentation {
        screen: Screen::EmbedCode,
        ..Presentation::default()
    };
    let mut next = with_presentation(view, &code_screen);
    next.exhibit = None;
    next
}

/// The footer's "Add your catalogue": the check page, in the visitor's language and nothing
/// else of the view (the page checks the author's catalogue, not the loaded ones).
pub fn check_screen_link(view: &ViewState) -> ViewState {
    let check = Presentation {
        screen: Screen::Check,
        ..Presentation::default()
    };
    let bare = ViewState {
        lang: view.lang,
        ..ViewState::default()
    };
    with_presentation(&bare, &check)
}

/// From the check page back to the exhibits, in the same language.
pub fn exhibits_link(view: &ViewState) -> ViewState {
    ViewState {
        lang: view.lang,
        ..ViewState::default()
    }
}

/// How a link to another view is followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Follow {
    /// This bundle shows it: change the view.
    InPlace,
    /// In a script embed, a screen only the second bundle has: ask `embed.js` to mount that
    /// bundle on the view (the partner's page is never reloaded).
    SecondBundle,
    /// In a frame: load it in place of this entry, so the partner's back button stays theirs.
    Replace,
    /// Load it as an ordinary link.
    Load,
}

/// How to follow a link to a view `to` presents, from a bundle that `carries` the lazy
/// screens or not, hosted by `host`.
pub fn how_to_follow(to: &Presentation, carries: bool, host: &Host) -> Follow {
    if carries || !to.shows_lazy_screen() {
        Follow::InPlace
    } else if !host.owns_document() {
        Follow::SecondBundle
    } else if host.framed {
        Follow::Replace
    } else {
        Follow::Load
    }
}

/// `screen` of this view, carrying `keep`, in the same presentation otherwise (an embed stays
/// embedded and locked), with no detail open. The filters stay in the view, so going back
/// returns to the same results.
fn on_screen(
    view: &ViewState,
    presentation: &Presentation,
    screen: Screen,
    keep: Vec<String>,
) -> ViewState {
    let next = Presentation {
        screen,
        keep,
        mine: false,
        ..presentation.clone()
    };
    let mut next = with_presentation(view, &next);
    next.exhibit = None;
    next
}

/// The header's shortlist link: the visitor's own list. `carried` is that list when the
/// browser stores nothing and the link loads another bundle: the link carries it (`mine=1`),
/// so it still lasts the visit.
pub fn shortlist_link(
    view: &ViewState,
    presentation: &Presentation,
    carried: Option<&[String]>,
) -> ViewState {
    let carried = carried.filter(|ids| !ids.is_empty());
    let keep = carried.map(<[String]>::to_vec).unwrap_or_default();
    let mut next = on_screen(view, presentation, Screen::Shortlist, keep);
    if carried.is_some() {
        let mut mine = Presentation::from_state(&next);
        mine.mine = true;
        next = with_presentation(&next, &mine);
    }
    next
}

/// From the shortlist, compare or export back to the exhibits.
pub fn back_to_exhibits(view: &ViewState, presentation: &Presentation) -> ViewState {
    on_screen(view, presentation, Screen::Exhibits, Vec::new())
}

/// The programme page (`page=programme`) or the statistics page (`page=stats`) of this
/// view: the view stays, so the statistics count it and "back" returns to it.
pub fn forum_page_link(view: &ViewState, presentation: &Presentation, screen: Screen) -> ViewState {
    on_screen(view, presentation, screen, Vec::new())
}

/// From the programme, the exhibits of one session or one institution: a question of its
/// own (no search text, no other filter), as "what does this session show?" asks.
pub fn exhibits_of(
    view: &ViewState,
    presentation: &Presentation,
    facet: Facet,
    value: &str,
) -> ViewState {
    let mut next = on_screen(view, presentation, Screen::Exhibits, Vec::new());
    next.clear_question();
    next.filters.select(facet, value);
    next.page = 0;
    next
}

/// A statistics bar: the current view narrowed to that bar's exhibits — the facet's only
/// selection becomes the option, or TRL becomes that level.
pub fn narrowed_to(view: &ViewState, presentation: &Presentation, target: &BarTarget) -> ViewState {
    let mut next = on_screen(view, presentation, Screen::Exhibits, Vec::new());
    match target {
        BarTarget::Option(facet, value) => {
            next.filters.clear_facet(*facet);
            next.filters.select(*facet, value);
        }
        BarTarget::Trl(level) => next.filters.trl = Some(TrlRange::new(*level, *level)),
    }
    next.page = 0;
    next
}

/// Two to four exhibits side by side; `None` for any other number.
pub fn compare_link(
    view: &ViewState,
    presentation: &Presentation,
    ids: &[String],
) -> Option<ViewState> {
    let count = (COMPARE_AT_LEAST..=COMPARE_AT_MOST).contains(&ids.len());
    count.then(|| on_screen(view, presentation, Screen::Compare, ids.to_vec()))
}

/// The export screen for the current results (`ids` empty) or for a list of exhibits.
pub fn export_link(view: &ViewState, presentation: &Presentation, ids: &[String]) -> ViewState {
    on_screen(view, presentation, Screen::Export, ids.to_vec())
}

/// The link that shares a shortlist: the full showcase's shortlist page carrying the ids and
/// the catalogues they come from — nothing of the sharer's filters, language or embed.
pub fn shared_list_link(view: &ViewState, ids: &[String]) -> ViewState {
    let bare = ViewState {
        catalogues: view.catalogues.clone(),
        ..ViewState::default()
    };
    let shared = Presentation {
        screen: Screen::Shortlist,
        keep: ids.to_vec(),
        ..Presentation::default()
    };
    with_presentation(&bare, &shared)
}

/// An exhibit's permanent link (for QR codes, letters and exports): its detail in the full
/// showcase over the same catalogues, and nothing else.
pub fn permalink(view: &ViewState, id: &str) -> ViewState {
    ViewState {
        catalogues: view.catalogues.clone(),
        exhibit: Some(id.to_owned()),
        ..ViewState::default()
    }
}

/// What the empty state offers to loosen: each active constraint with the results its removal
/// gives back, except those a partner locked.
pub fn loosenable(
    relax: &[(Constraint, usize)],
    presentation: &Presentation,
) -> Vec<(Constraint, usize)> {
    (relax.iter().copied())
        .filter(|(c, _)| !presentation.is_locked(Lock::of(*c)))
        .collect()
}

/// An active filter the visitor can remove with one click.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chip {
    Facet(Facet, String),
    Trl,
}

impl Chip {
    /// The view without this filter.
    pub fn remove(&self, view: &mut ViewState) {
        match self {
            Chip::Facet(facet, value) => view.filters.toggle(*facet, value),
            Chip::Trl => view.filters.trl = None,
        }
    }
}

/// The chips of `view`, in facet order, TRL last. A locked filter is the partner's choice, not
/// the visitor's: it has no chip.
pub fn chips(view: &ViewState, presentation: &Presentation) -> Vec<Chip> {
    let mut chips: Vec<Chip> = (view.filters.active())
        .filter(|(facet, _)| !presentation.is_facet_locked(*facet))
        .map(|(facet, value)| Chip::Facet(facet, value.to_owned()))
        .collect();
    if view.filters.trl.is_some() && !presentation.is_locked(Lock::Trl) {
        chips.push(Chip::Trl);
    }
    chips
}

/// True when there is search text the visitor typed (and may clear).
pub fn has_free_query(view: &ViewState, presentation: &Presentation) -> bool {
    !presentation.is_locked(Lock::Query) && !view.query.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(query: &str) -> ViewState {
        ViewState::from_query(query)
    }

    fn framing(view: &ViewState) -> Presentation {
        Presentation::from_state(view)
    }

    #[test]
    fn a_change_keeps_locks_and_restarts_paging_for_a_new_question() {
        let pinned = view("embed=1&lock=institution&institution=a");
        let before = view("embed=1&lock=institution&institution=a&p=3");
        let mut next = before.clone();
        next.filters.clear_facet(Facet::Institution);
        next.filters.select(Facet::Field, "tcm");
        settle_change(&framing(&before), &pinned, &before, &mut next);
        assert_eq!(next.filters.selected(Facet::Institution), ["a"]);
        assert_eq!(next.page, 0, "a new question starts on page one");

        let mut language_only = before.clone();
        language_only.lang = Some(crate::i18n::Lang::Zh);
        settle_change(&framing(&before), &pinned, &before, &mut language_only);
        assert_eq!(language_only.page, 2, "the same question keeps its page");
    }

    #[test]
    fn a_restored_view_keeps_its_page_but_not_a_widened_lock() {
        let pinned = view("embed=1&lock=q&q=rice");
        let mut restored = view("embed=1&lock=q&q=wheat&p=4");
        settle_restored(&framing(&pinned), &pinned, &mut restored);
        assert_eq!((restored.query.as_str(), restored.page), ("rice", 3));
    }

    #[test]
    fn a_card_leads_to_its_detail_and_out_of_an_embed() {
        let here = view("field=tcm&p=2&lang=ja");
        assert_eq!(
            exhibit_link(&here, &framing(&here), "x-1").to_query(),
            "field=tcm&p=2&exhibit=x-1&lang=ja"
        );
        let framed = view("field=tcm&embed=1&lock=field&utm=a");
        assert_eq!(
            exhibit_link(&framed, &framing(&framed), "x-1").to_query(),
            "field=tcm&exhibit=x-1&utm=a"
        );
    }

    #[test]
    fn pages_and_the_way_out_close_the_detail() {
        let open = view("q=ai&exhibit=x&embed=1&theme=dark");
        assert_eq!(
            results_page_link(&open, 2).to_query(),
            "q=ai&p=3&embed=1&theme=dark"
        );
        assert_eq!(full_showcase(&open).to_query(), "q=ai");
    }

    #[test]
    fn the_header_switch_goes_to_the_code_screen_and_back() {
        let exhibits = view("country=JP&exhibit=x&theme=dark");
        let code = code_screen_switch(&exhibits, &framing(&exhibits));
        assert_eq!(code.to_query(), "country=JP&page=embed");
        assert_eq!(
            code_screen_switch(&code, &framing(&code)).to_query(),
            "country=JP"
        );
    }

    #[test]
    fn the_check_page_keeps_only_the_language() {
        let v = view("country=JP&q=rice&lang=ja&exhibit=x&catalogue=a.json");
        let check = check_screen_link(&v);
        assert_eq!(check.to_query(), "lang=ja&page=check");
        assert!(framing(&check).shows_check_screen());
        assert!(framing(&check).shows_lazy_screen());
        assert!(!framing(&view("page=check&embed=1")).shows_check_screen());
        assert_eq!(exhibits_link(&check).to_query(), "lang=ja");
    }

    #[test]
    fn locked_constraints_are_neither_loosened_nor_chips() {
        let v = view("embed=1&lock=institution&lock=trl&institution=a&field=f&trl=3-5&q=x");
        let p = framing(&v);
        let relax = [
            (Constraint::Text, 4),
            (Constraint::Facet(Facet::Institution), 9),
            (Constraint::Facet(Facet::Field), 2),
            (Constraint::Trl, 7),
        ];
        assert_eq!(
            loosenable(&relax, &p),
            [(Constraint::Text, 4), (Constraint::Facet(Facet::Field), 2)]
        );
        assert_eq!(chips(&v, &p), [Chip::Facet(Facet::Field, "f".into())]);
        assert!(has_free_query(&v, &p));
        let free = view("institution=a&trl=3-5");
        let all = chips(&free, &framing(&free));
        assert_eq!(
            all,
            [Chip::Facet(Facet::Institution, "a".into()), Chip::Trl]
        );
        let mut next = free.clone();
        all[0].remove(&mut next);
        all[1].remove(&mut next);
        assert_eq!(next.to_query(), "");
        assert!(!has_free_query(&view("q=+"), &Presentation::default()));
    }

    #[test]
    fn follow_up_links_keep_the_frame_and_the_question() {
        let here = view("embed=1&lock=field&field=agri&q=rice&exhibit=x&p=2");
        let p = framing(&here);
        let ids: Vec<String> = ["a", "b"].map(String::from).into();
        let carried = framing(&shortlist_link(&here, &p, Some(&ids)));
        assert!(carried.mine && carried.keep == ids);
        assert!(!framing(&shortlist_link(&here, &p, Some(&[]))).mine);
        let list = shortlist_link(&here, &p, None);
        assert_eq!(
            list.to_query(),
            "q=rice&field=agri&p=2&embed=1&page=shortlist&lock=field"
        );
        let back = back_to_exhibits(&list, &framing(&list));
        assert_eq!(back.to_query(), "q=rice&field=agri&p=2&embed=1&lock=field");
        let compare = compare_link(&here, &p, &ids).unwrap();
        assert!(compare
            .to_query()
            .ends_with("page=compare&keep=a%2Cb&lock=field"));
        assert_eq!(compare_link(&here, &p, &ids[..1]), None);
        let five: Vec<String> = (0..5).map(|i| i.to_string()).collect();
        assert_eq!(compare_link(&here, &p, &five), None);
        assert_eq!(framing(&export_link(&here, &p, &[])).screen, Screen::Export);
    }

    #[test]
    fn the_forum_pages_keep_the_view_and_lead_back_to_exhibits() {
        let here = view("lang=ja&q=rice&country=JP&field=agri&p=2&exhibit=x&embed=1");
        let p = framing(&here);
        let stats = forum_page_link(&here, &p, Screen::Stats);
        assert_eq!(
            stats.to_query(),
            "q=rice&country=JP&field=agri&p=2&lang=ja&embed=1&page=stats"
        );
        let session = exhibits_of(&stats, &framing(&stats), Facet::Event, "seminar-tcm");
        assert_eq!(session.to_query(), "event=seminar-tcm&lang=ja&embed=1");
        let bar = BarTarget::Option(Facet::Field, "tcm".into());
        let narrowed = narrowed_to(&stats, &framing(&stats), &bar);
        assert_eq!(
            narrowed.to_query(),
            "q=rice&country=JP&field=tcm&lang=ja&embed=1"
        );
        let level = narrowed_to(&stats, &framing(&stats), &BarTarget::Trl(4));
        assert_eq!(
            level.to_query(),
            "q=rice&country=JP&field=agri&trl=4&lang=ja&embed=1"
        );
        assert!(framing(&forum_page_link(&here, &p, Screen::Programme)).shows_lazy_screen());
    }

    #[test]
    fn shared_and_permanent_links_carry_the_catalogues_and_nothing_personal() {
        let here = view("catalogue=a.json&embed=1&lang=ja&q=rice&field=agri&lock=field");
        let ids: Vec<String> = ["a", "b"].map(String::from).into();
        assert_eq!(
            shared_list_link(&here, &ids).to_query(),
            "catalogue=a.json&page=shortlist&keep=a%2Cb"
        );
        assert_eq!(
            permalink(&here, "x").to_query(),
            "catalogue=a.json&exhibit=x"
        );
    }

    #[test]
    fn a_lazy_screen_is_reached_without_reloading_a_partner_page_or_its_history() {
        let list = framing(&view("page=shortlist"));
        let exhibits = framing(&view("q=rice"));
        let home = Host::own_document("https://cdn.example/a/", false);
        let frame = Host::own_document("https://cdn.example/a/?embed=1", true);
        let partner = Host::partner_element("https://cdn.example/a/", "https://uni.example/");
        assert_eq!(how_to_follow(&list, false, &home), Follow::Load);
        assert_eq!(how_to_follow(&list, false, &frame), Follow::Replace);
        assert_eq!(how_to_follow(&list, false, &partner), Follow::SecondBundle);
        for host in [&home, &frame, &partner] {
            assert_eq!(how_to_follow(&list, true, host), Follow::InPlace);
            assert_eq!(how_to_follow(&exhibits, false, host), Follow::InPlace);
        }
    }
}
