//! Interface text in English, Chinese and Japanese. Keys are an enum, so a typo does not
//! compile; the strings live in one JSON file per language next to this module, and a test
//! checks that every key exists in every file.

use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Zh, Lang::Ja];

    /// The tag used in URLs, in `lang` attributes and in catalogue Text objects.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
            Lang::Ja => "ja",
        }
    }

    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of the browser's preferred languages that we speak, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::parse)
            .unwrap_or_default()
    }

    /// The language's own name, for the switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
            Lang::Ja => "日本語",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("en.json"),
            Lang::Zh => include_str!("zh.json"),
            Lang::Ja => include_str!("ja.json"),
        }
    }

    /// The texts of the authors' screens (embed code, catalogue check), which only the
    /// authors' bundle carries: referenced from `carry_author_texts` alone, so the first-visit
    /// bundle's linker drops them.
    fn authors_source(self) -> &'static str {
        match self {
            Lang::En => include_str!("authors/en.json"),
            Lang::Zh => include_str!("authors/zh.json"),
            Lang::Ja => include_str!("authors/ja.json"),
        }
    }
}

/// Set once, before the first lookup, by the bundle with the authors' screens.
static AUTHOR_TEXTS: OnceLock<[&'static str; 3]> = OnceLock::new();

/// Adds the authors' screens' texts to the tables. Call before anything is looked up (the
/// authors' bundle does so first thing); later, the tables are already built without them.
pub fn carry_author_texts() {
    let _ = AUTHOR_TEXTS.set(Lang::ALL.map(Lang::authors_source));
}

macro_rules! messages {
    ($($variant:ident = $key:literal,)+) => {
        /// Every piece of interface text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg { $($variant,)+ }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$variant,)+];

            pub fn key(self) -> &'static str {
                match self { $(Msg::$variant => $key,)+ }
            }
        }
    };
}

messages! {
    AppTitle = "app.title",
    AppTagline = "app.tagline",
    // The launcher's name for the installed app (the manifest, written by build/page.mjs).
    AppShortName = "app.short_name",
    SampleNotice = "app.sample_notice",
    LanguageLabel = "app.language",
    SearchLabel = "search.label",
    SearchPlaceholder = "search.placeholder",
    KioskTry = "kiosk.try",
    KioskQrCaption = "kiosk.qr_caption",
    FiltersHeading = "filters.heading",
    FiltersShow = "filters.show",
    FiltersHide = "filters.hide",
    FacetCountry = "facet.country",
    FacetInstitution = "facet.institution",
    FacetField = "facet.field",
    FacetIp = "facet.ip",
    FacetCoop = "facet.coop",
    FacetEvent = "facet.event",
    TrlHeading = "trl.heading",
    TrlFrom = "trl.from",
    TrlTo = "trl.to",
    TrlLevel = "trl.level",
    TrlRange = "trl.range",
    TrlHelp = "trl.help",
    SortLabel = "sort.label",
    SortRelevance = "sort.relevance",
    SortTitle = "sort.title",
    SortTrl = "sort.trl",
    SortUpdated = "sort.updated",
    ResultsCount = "results.count",
    ResultsHeading = "results.heading",
    EmptyTitle = "empty.title",
    EmptyHint = "empty.hint",
    EmptyRelax = "empty.relax",
    EmptyQuery = "empty.query",
    EmptySuggest = "empty.suggest",
    MatchThesaurus = "match.thesaurus",
    MatchTypo = "match.typo",
    ClearAll = "chips.clear_all",
    ActiveFilters = "chips.heading",
    RemoveFilter = "chips.remove",
    IpGranted = "ip.granted",
    IpPending = "ip.pending",
    IpUnpublished = "ip.unpublished",
    IpNone = "ip.none",
    CoopLicensing = "coop.licensing",
    CoopJointResearch = "coop.joint-research",
    CoopTransfer = "coop.transfer",
    CoopInvestment = "coop.investment",
    CoopConsulting = "coop.consulting",
    FellBack = "card.fell_back",
    DetailClose = "detail.close",
    DetailInstitution = "detail.institution",
    DetailFields = "detail.fields",
    DetailKeywords = "detail.keywords",
    DetailCooperation = "detail.cooperation",
    DetailEvents = "detail.events",
    DetailContact = "detail.contact",
    DetailEmail = "detail.email",
    DetailEmailSubject = "detail.email_subject",
    DetailWebsite = "detail.website",
    DetailLinks = "detail.links",
    DetailPatents = "detail.patents",
    DetailInventors = "detail.inventors",
    DetailMedia = "detail.media",
    PatentGranted = "patent.granted",
    PatentPending = "patent.pending",
    PatentExpired = "patent.expired",
    MediaImage = "media.image",
    MediaVideo = "media.video",
    MediaDocument = "media.document",
    DetailUpdated = "detail.updated",
    DetailSource = "detail.source",
    DetailNotFound = "detail.not_found",
    LoadingCatalogues = "loading.catalogues",
    LoadingBytes = "loading.bytes",
    ErrorsHeading = "errors.heading",
    ErrorNetwork = "errors.network",
    ErrorTimeout = "errors.timeout",
    Retry = "errors.retry",
    RetryLabel = "errors.retry_label",
    OfflineSaved = "connection.offline_saved",
    Offline = "connection.offline",
    UpdateReady = "connection.update",
    UpdateReload = "connection.reload",
    ErrorHttp = "errors.http",
    ErrorJson = "errors.json",
    ErrorMissingFormat = "errors.missing_format",
    ErrorUnsupported = "errors.unsupported",
    ErrorInvalid = "errors.invalid",
    ProblemsHeading = "problems.heading",
    NothingLoaded = "errors.nothing_loaded",
    CountryCN = "country.CN",
    CountryJP = "country.JP",
    ProblemMalformed = "problem.malformed",
    ProblemListedTwice = "problem.listed_twice",
    ProblemUrlEmpty = "problem.url_empty",
    ProblemUrlScheme = "problem.url_scheme",
    ProblemUrlUnsafe = "problem.url_unsafe",
    ProblemDate = "problem.date",
    ProblemId = "problem.id",
    ProblemDuplicateId = "problem.duplicate_id",
    ProblemCountry = "problem.country",
    ProblemEmptyTitle = "problem.empty_title",
    ProblemTrl = "problem.trl",
    ProblemIp = "problem.ip",
    ProblemCooperation = "problem.cooperation",
    ProblemEmail = "problem.email",
    ProblemCountryConflict = "problem.country_conflict",
    ProblemDuplicateExhibit = "problem.duplicate_exhibit",
    ProblemUnknownInstitution = "problem.unknown_institution",
    ProblemUnknownField = "problem.unknown_field",
    ProblemUnknownEvent = "problem.unknown_event",
    ProblemPatentStatus = "problem.patent_status",
    ProblemEmptyPatentNumber = "problem.empty_patent_number",
    ProblemEmptyName = "problem.empty_name",
    ProblemMediaKind = "problem.media_kind",
    ProblemEventKind = "problem.event_kind",
    ProblemDateTime = "problem.date_time",
    ProblemListsItself = "problem.lists_itself",
    ProblemIndexCycle = "problem.index_cycle",
    DatePattern = "date.pattern",
    DateRangeDays = "date.range_days",
    DateRange = "date.range",
    DateMonths = "date.months",
    EmbedLink = "embed.link",
    EmbedBack = "embed.back",
    EmbedHeading = "embed.heading",
    EmbedIntro = "embed.intro",
    EmbedLocks = "embed.locks",
    EmbedTheme = "embed.theme",
    ThemeAuto = "embed.theme_auto",
    ThemeLight = "embed.theme_light",
    ThemeDark = "embed.theme_dark",
    EmbedAccentCustom = "embed.accent_custom",
    EmbedAccent = "embed.accent",
    EmbedLang = "embed.lang",
    LangAuto = "embed.lang_auto",
    EmbedIframe = "embed.iframe",
    EmbedIframeHelp = "embed.iframe_help",
    EmbedScript = "embed.script",
    EmbedScriptHelp = "embed.script_help",
    EmbedCopy = "embed.copy",
    EmbedCopied = "embed.copied",
    EmbedCopyFailed = "embed.copy_failed",
    EmbedPreview = "embed.preview",
    EmbedOpenFull = "embed.open_full",
    NewTab = "link.new_tab",
    EmbedCatalogue = "embed.catalogue",
    EmbedCatalogueAll = "embed.catalogue_all",
    EmbedCatalogueOption = "embed.catalogue_option",
    EmbedCatalogueUrl = "embed.catalogue_url",
    EmbedCatalogueUse = "embed.catalogue_use",
    ResultsPages = "results.pages",
    PagePrevious = "results.previous",
    PageNext = "results.next",
    PageOf = "results.page_of",
    FacetMore = "facet.more",
    FacetFewer = "facet.fewer",
    FacetFilter = "facet.filter",
    FacetFilterPlaceholder = "facet.filter_placeholder",
    FacetHidden = "facet.hidden",
    FacetNoMatch = "facet.no_match",
    FooterAdd = "footer.add",
    FooterSchema = "footer.schema",
    CheckHeading = "check.heading",
    CheckIntro = "check.intro",
    CheckPrivate = "check.private",
    CheckFile = "check.file",
    CheckDrop = "check.drop",
    CheckPaste = "check.paste",
    CheckPasteButton = "check.paste_button",
    CheckUrl = "check.url",
    CheckUrlButton = "check.url_button",
    CheckTemplates = "check.templates",
    CheckTemplateCsv = "check.template_csv",
    CheckTemplateXlsx = "check.template_xlsx",
    CheckCli = "check.cli",
    CheckReading = "check.reading",
    CheckUnreadable = "check.unreadable",
    CheckClean = "check.clean",
    CheckProblems = "check.problems",
    CheckWarnings = "check.warnings",
    CheckSummary = "check.summary",
    CheckFindings = "check.findings",
    CheckWarning = "check.warning",
    CheckError = "check.error",
    CheckAt = "check.at",
    CheckText = "check.text",
    CheckTextLabel = "check.text_label",
    CheckPreview = "check.preview",
    CheckPreviewIntro = "check.preview_intro",
    CheckDownload = "check.download",
    CheckDownloadNote = "check.download_note",
    CheckIndex = "check.index",
    CheckSpreadsheet = "check.spreadsheet",
    CheckConverted = "check.converted",
    CheckBack = "check.back",
    CheckPasted = "check.pasted",
    CheckChecking = "check.checking",
    CheckMore = "check.more",
    CheckCut = "check.cut",
    AuthoringEmptySheet = "authoring.empty_sheet",
    AuthoringNoHeader = "authoring.no_header",
    AuthoringMissingColumn = "authoring.missing_column",
    AuthoringDuplicateColumn = "authoring.duplicate_column",
    AuthoringUnknownColumn = "authoring.unknown_column",
    AuthoringUnknownSheet = "authoring.unknown_sheet",
    AuthoringNoKey = "authoring.no_key",
    AuthoringNotTrl = "authoring.not_trl",
    AuthoringNotBool = "authoring.not_bool",
    AuthoringNotLink = "authoring.not_link",
    AuthoringUnknownExhibit = "authoring.unknown_exhibit",
    AuthoringMerged = "authoring.merged",
    AuthoringExtraHeadRow = "authoring.extra_head_row",
    AuthoringNoHead = "authoring.no_head",
    AuthoringNoUpdated = "authoring.no_updated",
    AuthoringMissingTitle = "authoring.missing_title",
    AuthoringMissingSummary = "authoring.missing_summary",
    AuthoringNoContact = "authoring.no_contact",
    AuthoringListSeparator = "authoring.list_separator",
    AuthoringListOr = "authoring.list_or",
    AuthoringCsvEmpty = "authoring.csv_empty",
    AuthoringCsvNotUtf8 = "authoring.csv_not_utf8",
    AuthoringCsvOddUtf16 = "authoring.csv_odd_utf16",
    AuthoringCsvUnreadable = "authoring.csv_unreadable",
    KeepButton = "keep.button",
    KeepLabel = "keep.label",
    ShortlistLink = "shortlist.link",
    ShortlistVisitOnly = "shortlist.visit_only",
    ShortlistCount = "shortlist.count",
    ShortlistHeading = "shortlist.heading",
    ShortlistIntro = "shortlist.intro",
    ShortlistEmpty = "shortlist.empty",
    ShortlistNotStored = "shortlist.not_stored",
    ShortlistGone = "shortlist.gone",
    ShortlistRemove = "shortlist.remove",
    ShortlistBack = "shortlist.back",
    ShortlistOutOfScope = "shortlist.out_of_scope",
    SharedHeading = "shared.heading",
    SharedAdd = "shared.add",
    SharedAdded = "shared.added",
    SharedNothingNew = "shared.nothing_new",
    SharedUnknown = "shared.unknown",
    ShareHeading = "share.heading",
    ShareButton = "share.button",
    ShareCopy = "share.copy",
    ShareCopied = "share.copied",
    ShareCopyFailed = "share.copy_failed",
    ShareLinkLabel = "share.link_label",
    ShareTitle = "share.title",
    CompareHeading = "compare.heading",
    CompareBack = "compare.back",
    CompareChoose = "compare.choose",
    CompareChooseShort = "compare.choose_short",
    CompareHint = "compare.hint",
    CompareLink = "compare.link",
    CompareNone = "compare.none",
    CompareDiffers = "compare.differs",
    CompareCaption = "compare.caption",
    CompareTooFew = "compare.too_few",
    CompareFact = "compare.fact",
    LettersHeading = "letters.heading",
    LettersIntro = "letters.intro",
    LettersWrite = "letters.write",
    LettersNoAddress = "letters.no_address",
    LetterSubject = "letter.subject",
    LetterGreeting = "letter.greeting",
    LetterIntro = "letter.intro",
    LetterClosing = "letter.closing",
    ExportResults = "export.results",
    ExportList = "export.list",
    QrCaption = "qr.caption",
    QrLabel = "qr.label",
    QrListCaption = "qr.list_caption",
    QrListLabel = "qr.list_label",
    RelatedHeading = "related.heading",
    PrintButton = "print.button",
    PrintedFrom = "print.from",
    ExportHeading = "export.heading",
    ExportOfResults = "export.of_results",
    ExportOfList = "export.of_list",
    ExportCsv = "export.csv",
    ExportCsvHelp = "export.csv_help",
    ExportJson = "export.json",
    ExportJsonHelp = "export.json_help",
    ExportNothing = "export.nothing",
    ExportWhich = "export.which",
    NavProgramme = "nav.programme",
    NavStats = "nav.stats",
    ProgrammeHeading = "programme.heading",
    ProgrammeIntro = "programme.intro",
    ProgrammeUndated = "programme.undated",
    ProgrammeTimeZone = "programme.time_zone",
    ProgrammeYourTime = "programme.your_time",
    ProgrammeUniversities = "programme.universities",
    ProgrammeExhibits = "programme.exhibits",
    ProgrammeNoExhibits = "programme.no_exhibits",
    ProgrammeEmpty = "programme.empty",
    ProgrammeAbout = "programme.about",
    ProgrammeOrganisers = "programme.organisers",
    ProgrammePrint = "programme.print",
    ProgrammeKindForum = "programme.kind.forum",
    ProgrammeKindSubForum = "programme.kind.sub-forum",
    ProgrammeKindSeminar = "programme.kind.seminar",
    ProgrammeKindExhibition = "programme.kind.exhibition",
    StatsHeading = "stats.heading",
    StatsIntro = "stats.intro",
    StatsTotals = "stats.totals",
    StatsExhibits = "stats.exhibits",
    StatsUniversities = "stats.universities",
    StatsCountries = "stats.countries",
    StatsSessions = "stats.sessions",
    StatsChartField = "stats.chart.field",
    StatsChartCountry = "stats.chart.country",
    StatsChartTrl = "stats.chart.trl",
    StatsChartIp = "stats.chart.ip",
    StatsChartCoop = "stats.chart.coop",
    StatsChartInstitutions = "stats.chart.institutions",
    StatsEachValue = "stats.each_value",
    StatsBar = "stats.bar",
    StatsFilterOn = "stats.filter_on",
    StatsTrlUnknown = "stats.trl_unknown",
    StatsDownloadSvg = "stats.download_svg",
    StatsDownloadCsv = "stats.download_csv",
    StatsDownload = "stats.download",
    StatsEmpty = "stats.empty",
}

type Table = HashMap<String, String>;

fn tables() -> &'static [Table; 3] {
    static TABLES: OnceLock<[Table; 3]> = OnceLock::new();
    TABLES.get_or_init(|| {
        #[cfg(not(test))]
        let authors = AUTHOR_TEXTS.get().copied();
        // Tests run in any order in one process: they always see every text.
        #[cfg(test)]
        let authors = Some(Lang::ALL.map(Lang::authors_source));
        Lang::ALL.map(|lang| {
            let mut table: Table = serde_json::from_str(lang.source()).unwrap_or_default();
            if let Some(authors) = authors {
                let more: Table = serde_json::from_str(authors[lang as usize]).unwrap_or_default();
                table.extend(more);
            }
            table
        })
    })
}

/// The text for `msg` in `lang`, falling back to English, then to the key itself.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    lookup(lang, msg.key()).unwrap_or(msg.key())
}

/// Like [`t`] for keys built at run time (e.g. `country.KR`); `None` when no language has it.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    let tables = tables();
    tables[lang as usize]
        .get(key)
        .or_else(|| tables[Lang::En as usize].get(key))
        .map(String::as_str)
}

/// CLDR's plural category of `n` in `lang`: English tells one from other; Chinese and
/// Japanese have only other.
fn plural_suffix(lang: Lang, n: usize) -> &'static str {
    match (lang, n) {
        (Lang::En, 1) => ".one",
        _ => ".other",
    }
}

/// [`tf`] for a message with plural forms (`key.one`, `key.other` in the tables), chosen by
/// `n`; `{count}` is filled with `n`, grouped.
pub fn tn(lang: Lang, msg: Msg, n: usize, args: &[(&str, &str)]) -> String {
    let key = format!("{}{}", msg.key(), plural_suffix(lang, n));
    let mut out = lookup(lang, &key).unwrap_or(msg.key()).to_owned();
    out = out.replace("{count}", &number(n));
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// [`t`] with `{name}` placeholders filled in.
pub fn tf(lang: Lang, msg: Msg, args: &[(&str, &str)]) -> String {
    let mut out = t(lang, msg).to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Digits grouped by thousands. All three languages group by three with a comma, so the
/// language does not enter; one that groups otherwise would add a `Lang` parameter here.
pub fn number(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_exists_in_every_language_and_nothing_else_does() {
        for lang in Lang::ALL {
            let mut table: Table = serde_json::from_str(lang.source())
                .unwrap_or_else(|e| panic!("{}.json does not parse: {e}", lang.code()));
            let authors: Table = serde_json::from_str(lang.authors_source())
                .unwrap_or_else(|e| panic!("authors/{}.json does not parse: {e}", lang.code()));
            for key in authors.keys() {
                assert!(
                    !table.contains_key(key),
                    "{key} is in both tables of {}",
                    lang.code()
                );
            }
            table.extend(authors);
            let has = |key: &str| table.get(key).is_some_and(|s| !s.trim().is_empty());
            for msg in Msg::ALL {
                let key = msg.key();
                // A message with plural forms has every form its languages need instead.
                let plural = is_plural(*msg);
                let present = match (plural, lang) {
                    (false, _) => has(key),
                    (true, Lang::En) => has(&format!("{key}.one")) && has(&format!("{key}.other")),
                    (true, _) => has(&format!("{key}.other")),
                };
                assert!(
                    present,
                    "{}.json lacks {key} (or its plural forms)",
                    lang.code()
                );
            }
            for key in table.keys() {
                let base = (key.strip_suffix(".one"))
                    .or_else(|| key.strip_suffix(".other"))
                    .filter(|base| Msg::ALL.iter().any(|m| m.key() == *base && is_plural(*m)));
                assert!(
                    Msg::ALL.iter().any(|m| m.key() == key) || base.is_some(),
                    "{}.json has the unused key {key}",
                    lang.code()
                );
            }
        }
    }

    /// A message is plural when English gives it forms.
    fn is_plural(msg: Msg) -> bool {
        lookup(Lang::En, &format!("{}.other", msg.key())).is_some()
    }

    #[test]
    fn plural_forms_follow_each_language() {
        assert_eq!(tn(Lang::En, Msg::CheckProblems, 1, &[]), "1 problem");
        assert_eq!(
            tn(Lang::En, Msg::CheckProblems, 1200, &[]),
            "1,200 problems"
        );
        assert_eq!(tn(Lang::En, Msg::CheckProblems, 0, &[]), "0 problems");
        assert_eq!(tn(Lang::Ja, Msg::CheckProblems, 1, &[]), "1 件の問題");
        assert_eq!(tn(Lang::Zh, Msg::CheckProblems, 2, &[]), "2 个问题");
        let shown = [("shown", "1")];
        assert_eq!(tn(Lang::En, Msg::ResultsCount, 1, &shown), "1 of 1 exhibit");
    }

    #[test]
    fn placeholders_match_across_languages() {
        let placeholders = |s: &str| {
            let mut names: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(n, _)| n.to_owned()))
                .collect();
            names.sort();
            names
        };
        let text = |lang: Lang, msg: Msg| match is_plural(msg) {
            true => lookup(lang, &format!("{}.other", msg.key())).unwrap_or_default(),
            false => t(lang, msg),
        };
        for msg in Msg::ALL {
            let en = placeholders(text(Lang::En, *msg));
            for lang in [Lang::Zh, Lang::Ja] {
                assert_eq!(
                    placeholders(text(lang, *msg)),
                    en,
                    "{} in {}",
                    msg.key(),
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn translations_differ_from_english_where_they_should() {
        assert_ne!(t(Lang::Zh, Msg::SearchLabel), t(Lang::En, Msg::SearchLabel));
        assert_ne!(t(Lang::Ja, Msg::SearchLabel), t(Lang::Zh, Msg::SearchLabel));
        assert_eq!(
            tn(Lang::En, Msg::ResultsCount, 64, &[("shown", "3")]),
            "3 of 64 exhibits"
        );
    }

    #[test]
    fn negotiates_from_browser_preferences() {
        assert_eq!(Lang::negotiate(["fr-FR", "ja-JP", "en"]), Lang::Ja);
        assert_eq!(Lang::negotiate(["zh-Hant-TW"]), Lang::Zh);
        assert_eq!(Lang::negotiate(["de"]), Lang::En);
    }

    #[test]
    fn numbers_group_by_thousands() {
        assert_eq!(number(0), "0");
        assert_eq!(number(1234), "1,234");
        assert_eq!(number(100000), "100,000");
    }
}
