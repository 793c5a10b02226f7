//! The statistics page's charts: which bars each chart has, in which order, what each bar
//! does when activated, and the chart as a standalone SVG file and as CSV. The numbers are
//! the search core's (`SearchIndex::spread`); nothing here counts exhibits.

use crate::authoring::cells::guard;
use crate::authoring::csv_text;
use crate::authoring::sheet::Sheet;
use crate::catalogue::{Cooperation, Exhibition, IpStatus};
use crate::embed::escape_markup;
use crate::i18n::{t, tn, Lang, Msg};
use crate::labels::{facet_name, option_label, trl_level};
use crate::search::{Facet, Filters, Spread};

/// The charts, in page order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Field,
    Country,
    Trl,
    Ip,
    Coop,
    Institution,
}

impl ChartKind {
    pub const ALL: [ChartKind; 6] = [
        ChartKind::Field,
        ChartKind::Country,
        ChartKind::Trl,
        ChartKind::Ip,
        ChartKind::Coop,
        ChartKind::Institution,
    ];

    /// A stable name for ids and file names.
    pub fn slug(self) -> &'static str {
        match self {
            ChartKind::Field => "field",
            ChartKind::Country => "country",
            ChartKind::Trl => "trl",
            ChartKind::Ip => "ip",
            ChartKind::Coop => "coop",
            ChartKind::Institution => "institution",
        }
    }

    fn facet(self) -> Option<Facet> {
        match self {
            ChartKind::Field => Some(Facet::Field),
            ChartKind::Country => Some(Facet::Country),
            ChartKind::Trl => None,
            ChartKind::Ip => Some(Facet::Ip),
            ChartKind::Coop => Some(Facet::Coop),
            ChartKind::Institution => Some(Facet::Institution),
        }
    }

    /// Whether one exhibit can count in several bars (so the bars need not add up).
    pub fn counts_each_value(self) -> bool {
        matches!(self, ChartKind::Field | ChartKind::Coop)
    }
}

/// The institutions chart lists this many.
pub const TOP_INSTITUTIONS: usize = 20;

/// What activating a bar shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BarTarget {
    /// The view with this option as the facet's only selection.
    Option(Facet, String),
    /// The view with TRL narrowed to this level.
    Trl(u8),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub target: BarTarget,
    pub label: String,
    pub count: usize,
    /// The view already filters by this option (said in words, not only by a colour).
    pub selected: bool,
}

impl Bar {
    /// The label as drawn: with "(filter on)" when the view already filters by it.
    pub fn drawn_label(&self, lang: Lang) -> String {
        match self.selected {
            true => format!("{} {}", self.label, t(lang, Msg::StatsFilterOn)),
            false => self.label.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    pub kind: ChartKind,
    pub title: String,
    /// What the first column of its table and CSV is called ("Field", "TRL").
    pub dimension: String,
    pub bars: Vec<Bar>,
    /// What a reader should know to read it: that an exhibit counts once per value, or how
    /// many exhibits give no TRL.
    pub note: Option<String>,
}

impl Chart {
    /// The longest bar's count: bars are drawn relative to it.
    pub fn max(&self) -> usize {
        self.bars.iter().map(|b| b.count).max().unwrap_or(0)
    }
}

/// Every chart of `spread` (the current view's results counted), labelled in `lang`.
/// Field, country and institution bars run from most to fewest exhibits (ties in catalogue
/// order), the institutions cut at [`TOP_INSTITUTIONS`]; IP status and cooperation keep the
/// format's order; TRL is a histogram of all nine levels.
pub fn charts(
    spread: &Spread,
    exhibition: &Exhibition,
    filters: &Filters,
    lang: Lang,
) -> Vec<Chart> {
    ChartKind::ALL
        .into_iter()
        .map(|kind| chart(kind, spread, exhibition, filters, lang))
        .collect()
}

fn chart(
    kind: ChartKind,
    spread: &Spread,
    exhibition: &Exhibition,
    filters: &Filters,
    lang: Lang,
) -> Chart {
    let Some(facet) = kind.facet() else {
        let bars = (1..=9u8)
            .map(|level| Bar {
                target: BarTarget::Trl(level),
                label: trl_level(lang, level),
                count: spread.trl[usize::from(level) - 1],
                selected: filters
                    .trl
                    .is_some_and(|r| r.min == level && r.max == level),
            })
            .collect();
        let unknown = spread.trl_unknown;
        return Chart {
            kind,
            title: t(lang, Msg::StatsChartTrl).to_owned(),
            dimension: t(lang, Msg::TrlHeading).to_owned(),
            bars,
            note: (unknown > 0).then(|| tn(lang, Msg::StatsTrlUnknown, unknown, &[])),
        };
    };
    let options: Vec<(String, usize)> = match kind {
        ChartKind::Institution => spread.top(facet, TOP_INSTITUTIONS),
        ChartKind::Field | ChartKind::Country => spread.top(facet, usize::MAX),
        // The format's own order: an ordinal reading (granted → none; licensing first).
        _ => {
            let order: Vec<&str> = match facet {
                Facet::Ip => IpStatus::ALL.iter().map(|v| v.as_str()).collect(),
                _ => Cooperation::ALL.iter().map(|v| v.as_str()).collect(),
            };
            let mut listed = spread.options[facet].clone();
            listed.sort_by_key(|(v, _)| order.iter().position(|o| o == v));
            listed
        }
    };
    let bars = options
        .into_iter()
        .map(|(value, count)| Bar {
            label: option_label(exhibition, lang, facet, &value),
            selected: filters.is_selected(facet, &value),
            target: BarTarget::Option(facet, value),
            count,
        })
        .collect();
    let title = match kind {
        ChartKind::Field => t(lang, Msg::StatsChartField).to_owned(),
        ChartKind::Country => t(lang, Msg::StatsChartCountry).to_owned(),
        ChartKind::Ip => t(lang, Msg::StatsChartIp).to_owned(),
        ChartKind::Coop => t(lang, Msg::StatsChartCoop).to_owned(),
        _ => tn(lang, Msg::StatsChartInstitutions, TOP_INSTITUTIONS, &[]),
    };
    Chart {
        kind,
        title,
        dimension: facet_name(lang, facet).to_owned(),
        bars,
        note: (kind.counts_each_value()).then(|| t(lang, Msg::StatsEachValue).to_owned()),
    }
}

/// A bar's length in thousandths of the drawing's width: the longest bar takes
/// [`LONGEST_BAR`], leaving room for its count.
pub fn bar_permille(count: usize, max: usize) -> u32 {
    if max == 0 {
        return 0;
    }
    (count as u64 * u64::from(LONGEST_BAR) / max as u64) as u32
}

/// The longest bar's share of the width, in thousandths.
pub const LONGEST_BAR: u32 = 820;
/// One bar's row: its label on a line of its own above the bar (labels in three scripts and
/// of any length never collide with a bar), in px.
pub const ROW_HEIGHT: u32 = 40;
/// Where a row's label sits (its baseline), its bar starts, and how tall the bar is.
pub const LABEL_BASELINE: u32 = 14;
pub const BAR_TOP: u32 = 20;
pub const BAR_HEIGHT: u32 = 14;

/// The drawing's height for `bars` rows.
pub fn height(bars: usize) -> u32 {
    (bars as u32).max(1) * ROW_HEIGHT
}

/// `43.2%`: a share of the width as an SVG length (no float printing in the wasm).
pub fn percent(permille: u32) -> String {
    format!("{}.{}%", permille / 10, permille % 10)
}

/// The chart as a standalone SVG file: fixed width, its own colours and fonts, the title in
/// the file, every label as text.
pub fn svg_file(chart: &Chart, lang: Lang) -> String {
    const WIDTH: u32 = 720;
    const TOP: u32 = 36;
    let max = chart.max();
    let height = TOP + height(chart.bars.len()) + 8;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" \
         font-family=\"system-ui, 'Noto Sans CJK SC', 'Noto Sans CJK JP', sans-serif\" font-size=\"13\" lang=\"{}\">\n\
         <title>{}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n\
         <text x=\"0\" y=\"20\" font-size=\"16\" font-weight=\"600\" fill=\"#1a1a1a\">{}</text>\n",
        lang.code(),
        escape_markup(&chart.title),
        escape_markup(&chart.title),
    );
    for (row, bar) in chart.bars.iter().enumerate() {
        let y = TOP + row as u32 * ROW_HEIGHT;
        let width = bar_permille(bar.count, max) * WIDTH / 1000;
        out.push_str(&format!(
            "<text x=\"0\" y=\"{}\" fill=\"#1a1a1a\">{}</text>\n\
             <rect x=\"0\" y=\"{}\" width=\"{width}\" height=\"{BAR_HEIGHT}\" fill=\"#2f5f8f\"/>\n\
             <text x=\"{}\" y=\"{}\" fill=\"#1a1a1a\">{}</text>\n",
            y + LABEL_BASELINE,
            escape_markup(&bar.drawn_label(lang)),
            y + BAR_TOP,
            width + 6,
            y + BAR_TOP + BAR_HEIGHT - 2,
            bar.count,
        ));
    }
    out.push_str("</svg>\n");
    out
}

/// The chart's numbers as CSV: its dimension and "Exhibits", one row per bar. Every cell
/// passes the authoring tools' formula guard (a label is catalogue text).
pub fn csv(chart: &Chart, lang: Lang) -> String {
    let mut rows = vec![vec![
        guard(chart.dimension.clone()),
        t(lang, Msg::StatsExhibits).to_owned(),
    ]];
    rows.extend(
        (chart.bars.iter()).map(|bar| vec![guard(bar.label.clone()), bar.count.to_string()]),
    );
    csv_text::write(&Sheet {
        name: chart.kind.slug().to_owned(),
        rows,
        merged: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{parse_document, Document};
    use crate::search::{Query, SearchIndex, TitleOrder};

    const CATALOGUE: &str = r#"{"format": "showcase/1", "id": "t", "title": "T",
      "institutions": [
        {"id": "a", "name": "A <&> \"U\"", "country": "CN"},
        {"id": "b", "name": "=B", "country": "JP"},
        {"id": "c", "name": "C", "country": "JP"}],
      "fields": [{"id": "x", "name": "X"}, {"id": "y", "name": "Y"}],
      "exhibits": [
        {"id": "e1", "title": "1", "summary": "s", "institution": "a", "fields": ["x"], "trl": 3, "ip": "none", "cooperation": ["transfer", "licensing"]},
        {"id": "e2", "title": "2", "summary": "s", "institution": "b", "fields": ["x", "y"], "trl": 3, "ip": "granted"},
        {"id": "e3", "title": "3", "summary": "s", "institution": "b", "fields": ["y"]},
        {"id": "e4", "title": "4", "summary": "s", "institution": "c", "fields": ["y"], "trl": 9}]}"#;

    fn charted(filters: Filters) -> (Vec<Chart>, Exhibition) {
        let Document::Catalogue { catalogue, .. } = parse_document(CATALOGUE, "t.json").unwrap()
        else {
            panic!("a catalogue");
        };
        let ex = Exhibition::merge([&catalogue]);
        let index = SearchIndex::build(&ex);
        let query = Query {
            filters: filters.clone(),
            ..Query::default()
        };
        let results = index.run(&ex, &query, &TitleOrder::default()).results;
        (charts(&index.spread(&results), &ex, &filters, Lang::En), ex)
    }

    fn bars(chart: &Chart) -> Vec<(String, usize)> {
        chart
            .bars
            .iter()
            .map(|b| (b.label.clone(), b.count))
            .collect()
    }

    #[test]
    fn bars_run_from_most_to_fewest_with_trl_as_a_histogram_and_ip_in_the_formats_order() {
        let (charts, _) = charted(Filters::default());
        let by = |kind: ChartKind| charts.iter().find(|c| c.kind == kind).unwrap();
        assert_eq!(
            bars(by(ChartKind::Field)),
            [("Y".into(), 3), ("X".into(), 2)]
        );
        assert_eq!(
            bars(by(ChartKind::Country)),
            [("Japan".into(), 3), ("China".into(), 1)]
        );
        assert_eq!(bars(by(ChartKind::Institution))[0], ("=B".into(), 2));
        let trl = bars(by(ChartKind::Trl));
        assert_eq!(trl.len(), 9);
        assert_eq!((trl[2].1, trl[8].1, trl[0].1), (2, 1, 0));
        let ip: Vec<String> = bars(by(ChartKind::Ip))
            .into_iter()
            .map(|(l, _)| l)
            .collect();
        assert_eq!(ip.len(), 2);
        assert!(
            matches!(&by(ChartKind::Ip).bars[0].target, BarTarget::Option(Facet::Ip, v) if v == "granted")
        );
        let coop = &by(ChartKind::Coop).bars;
        assert!(matches!(&coop[0].target, BarTarget::Option(Facet::Coop, v) if v == "licensing"));
    }

    #[test]
    fn a_chart_follows_the_filters_and_says_which_bar_is_the_filter() {
        let mut filters = Filters::default();
        filters.select(Facet::Country, "JP");
        let (charts, _) = charted(filters);
        let country = charts
            .iter()
            .find(|c| c.kind == ChartKind::Country)
            .unwrap();
        assert_eq!(bars(country), [("Japan".into(), 3)]);
        assert!(country.bars[0].selected);
        let field = charts.iter().find(|c| c.kind == ChartKind::Field).unwrap();
        assert_eq!(bars(field), [("Y".into(), 3), ("X".into(), 1)]);
        assert!(!field.bars[0].selected);
    }

    #[test]
    fn the_files_carry_catalogue_text_as_text() {
        let (charts, _) = charted(Filters::default());
        let institutions = charts
            .iter()
            .find(|c| c.kind == ChartKind::Institution)
            .unwrap();
        let svg = svg_file(institutions, Lang::En);
        assert!(svg.contains("A &lt;&amp;&gt; &quot;U&quot;"), "{svg}");
        assert!(!svg.contains("<&>"));
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        let csv = csv(institutions, Lang::En);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0], "\u{feff}University,Exhibits",
            "a BOM, for spreadsheets"
        );
        assert!(lines.iter().any(|l| l.starts_with("'=B,2")), "{csv}");
    }

    #[test]
    fn the_longest_bar_leaves_room_for_its_count() {
        assert_eq!(bar_permille(10, 10), LONGEST_BAR);
        assert_eq!(bar_permille(5, 10), LONGEST_BAR / 2);
        assert_eq!(bar_permille(0, 0), 0);
        assert_eq!(percent(432), "43.2%");
    }
}
