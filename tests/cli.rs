//! `showcase-cli` as an author runs it: exit codes, the exact problem lines, JSON output,
//! URLs served from 127.0.0.1, spreadsheets in and out, and no panic on any bad input.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_showcase-cli");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn cli(args: &[&str]) -> Output {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "{stderr}"
    );
    out
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh directory under the system's temporary one.
fn scratch() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("showcase-cli-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_clean_index_exits_0_and_strict_makes_its_warnings_count() {
    let out = cli(&["check", "public/catalogues/index.json"]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains("public/catalogues/index.json: index of 2 catalogues; no problems\n"),
        "{text}"
    );
    assert!(text.contains("public/catalogues/forum-2022-china.json: 37 exhibits, 13 institutions, 10 fields, 6 events;"));
    assert!(
        text.contains("warning: $.exhibits[4]: has no contact"),
        "{text}"
    );
    assert_eq!(
        code(&cli(&["check", "--strict", "public/catalogues/index.json"])),
        1
    );
}

#[test]
fn a_problem_is_one_line_with_its_place_in_the_app_words() {
    let out = cli(&["check", "tests/fixtures/broken-format.json"]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).contains(
        "tests/fixtures/broken-format.json:37:14: $.exhibits[1].trl: invalid type: string \"high\", expected i64; entry skipped\n"
    ));
    let out = cli(&["check", "tests/fixtures/hostile.json"]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).contains(
        "tests/fixtures/hostile.json:16:16: $.exhibits[0].image: the scheme \"javascript:\" is not allowed (only http, https, mailto and relative URLs); the URL was dropped\n"
    ));
    let ja = stdout(&cli(&[
        "check",
        "--lang",
        "ja",
        "tests/fixtures/broken-format.json",
    ]));
    assert!(ja.contains("$.exhibits[1].trl: "), "{ja}");
    assert!(!ja.contains("; entry skipped"), "{ja}");
}

#[test]
fn unreadable_documents_exit_2_with_a_sentence() {
    for (file, says) in [
        (
            "tests/fixtures/not-json.json",
            "tests/fixtures/not-json.json:2:1: error: is not valid JSON",
        ),
        (
            "tests/fixtures/future-format.json",
            "error: uses the unsupported format \"showcase/2\"",
        ),
        (
            "no/such/file.json",
            "no/such/file.json: error: could not be read: there is no such file",
        ),
        ("tests", "could not be read: it is a directory"),
    ] {
        let out = cli(&["check", file]);
        assert_eq!(code(&out), 2, "{file}");
        assert!(stdout(&out).contains(says), "{file}: {}", stdout(&out));
    }
}

#[test]
fn json_output_has_the_documented_shape() {
    let out = cli(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/broken-format.json",
        "tests/fixtures/not-json.json",
    ]);
    assert_eq!(code(&out), 2);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["exit_code"], 2);
    let broken = &json["documents"][0];
    assert_eq!(broken["source"], "tests/fixtures/broken-format.json");
    assert_eq!(broken["kind"], "catalogue");
    let problem = (broken["problems"].as_array().unwrap().iter())
        .find(|p| p["severity"] == "error")
        .unwrap();
    assert_eq!(problem["path"], "$.exhibits[1].trl");
    assert_eq!(
        (problem["line"].as_u64(), problem["column"].as_u64()),
        (Some(37), Some(14))
    );
    assert_eq!(broken["counts"]["errors"], 1);
    assert_eq!(json["documents"][1]["error"]["line"], 2);
}

/// Serves `files` on 127.0.0.1 (404 for anything else) until the test ends.
fn serve(files: Vec<(&'static str, String)>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut request = [0u8; 2048];
            let n = stream.read(&mut request).unwrap_or(0);
            let line = String::from_utf8_lossy(&request[..n]);
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
            let found = files.iter().find(|(p, _)| *p == path);
            let (status, body) = match found {
                Some((_, body)) => ("200 OK", body.clone()),
                None => ("404 Not Found", String::new()),
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Length: {}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    base
}

#[test]
fn an_index_over_http_has_its_relative_catalogue_followed() {
    let catalogue =
        std::fs::read_to_string(Path::new(ROOT).join("tests/fixtures/broken-format.json")).unwrap();
    let index = r#"{"format": "showcase-index/1", "catalogues": ["sub/a.json", "missing.json"]}"#;
    let base = serve(vec![
        ("/cat/index.json", index.into()),
        ("/cat/sub/a.json", catalogue),
    ]);
    let out = cli(&["check", &format!("{base}/cat/index.json")]);
    assert_eq!(code(&out), 2, "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "{base}/cat/sub/a.json:37:14: $.exhibits[1].trl: invalid type"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "{base}/cat/missing.json: error: the server answered HTTP 404"
        )),
        "{text}"
    );
}

#[test]
fn an_unreachable_url_is_a_sentence_and_exit_2() {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = cli(&["check", &format!("http://127.0.0.1:{port}/index.json")]);
    assert_eq!(code(&out), 2);
    assert!(
        stdout(&out).contains("error: could not be read: the request to"),
        "{}",
        stdout(&out)
    );
    assert!(!stdout(&out).contains("os error"));
}

#[test]
fn a_local_index_resolves_relative_catalogues_next_to_itself() {
    let dir = scratch();
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(
        dir.join("index.json"),
        r#"{"format": "showcase-index/1", "catalogues": ["sub/t.json"]}"#,
    )
    .unwrap();
    let template =
        std::fs::read_to_string(Path::new(ROOT).join("public/templates/template.json")).unwrap();
    // A relative link in the catalogue is fine, as in the app.
    let template = template.replace("https://doi.org/10.0000/example", "../papers/example.pdf");
    std::fs::write(dir.join("sub/t.json"), template).unwrap();
    let out = cli(&["check", s(&dir.join("index.json"))]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("sub/t.json: 2 exhibits"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn merge_problems_are_located_in_their_file() {
    let dir = scratch();
    let template =
        std::fs::read_to_string(Path::new(ROOT).join("public/templates/template.json")).unwrap();
    std::fs::write(dir.join("a.json"), &template).unwrap();
    let b = template.replace(
        "\"id\": \"example-university\",\n  \"title\"",
        "\"id\": \"other\",\n  \"title\"",
    );
    std::fs::write(dir.join("b.json"), b).unwrap();
    let out = cli(&["check", s(&dir.join("a.json")), s(&dir.join("b.json"))]);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    let line = text
        .lines()
        .find(|l| l.contains("already defined by"))
        .expect(&text);
    let a = dir.join("a.json");
    assert!(
        line.ends_with(&format!(
            "b.json:53:5: $.exhibits[0]: already defined by {}; this one is skipped",
            s(&a)
        )),
        "{line}"
    );
}

#[test]
fn every_command_has_help_with_an_example() {
    for command in ["check", "import", "export", "new", "stats"] {
        let out = cli(&[command, "--help"]);
        assert_eq!(code(&out), 0);
        assert!(stdout(&out).contains("Example"), "{command}");
    }
    let out = cli(&["frobnicate"]);
    assert_eq!(code(&out), 2);
}

#[test]
fn bad_input_never_panics() {
    let dir = scratch();
    std::fs::write(dir.join("binary.json"), [0xFFu8, 0x00, 0x80, 0x7B]).unwrap();
    std::fs::write(dir.join("empty.csv"), b"").unwrap();
    std::fs::write(dir.join("junk.xlsx"), b"not a zip").unwrap();
    std::fs::write(dir.join("deep.json"), "[".repeat(100_000)).unwrap();
    for args in [
        vec!["check", s(&dir.join("binary.json"))],
        vec!["check", s(&dir.join("deep.json"))],
        vec!["import", s(&dir.join("empty.csv"))],
        vec!["import", s(&dir.join("junk.xlsx"))],
        vec!["stats", s(&dir.join("binary.json"))],
        vec![
            "export",
            "tests/fixtures/not-json.json",
            "--csv",
            s(&dir.join("x.csv")),
        ],
        vec!["new", "--id", "x"],
    ] {
        let out = cli(&args);
        assert_eq!(code(&out), 2, "{args:?}: {}{}", stdout(&out), stderr(&out));
        assert!(
            !stdout(&out).is_empty() || !stderr(&out).is_empty(),
            "{args:?} says why"
        );
    }
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let mut child = Command::new(BIN)
        .args(["check", "public/catalogues/index.json"])
        .current_dir(ROOT)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

fn json_of(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn every_shipped_template_imports_to_the_template_catalogue() {
    let want = json_of(&Path::new(ROOT).join("public/templates/template.json"));
    for sheet in [
        "public/templates/template.csv",
        "public/templates/template.xlsx",
    ] {
        let out_path = scratch().join("out.json");
        let out = cli(&["import", sheet, "-o", s(&out_path)]);
        assert_eq!(code(&out), 0, "{sheet}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("2 exhibits written"),
            "{}",
            stderr(&out)
        );
        assert!(
            stderr(&out).contains("0 problems, 0 warnings"),
            "{}",
            stderr(&out)
        );
        let got = json_of(&out_path);
        assert_eq!(got, want, "{sheet}");
        assert_eq!(got["sample"], true);
        assert_eq!(got["exhibits"].as_array().unwrap().len(), 2);
    }
    let check = cli(&["check", "--strict", "public/templates/template.json"]);
    assert_eq!(code(&check), 0, "{}", stdout(&check));
}

#[test]
fn the_xlsx_template_is_what_export_makes() {
    let dir = scratch();
    let made = dir.join("template.xlsx");
    let out = cli(&[
        "export",
        "public/templates/template.json",
        "--xlsx",
        s(&made),
        "--csv",
        s(&dir.join("template.csv")),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let shipped = std::fs::read(Path::new(ROOT).join("public/templates/template.xlsx")).unwrap();
    assert!(
        std::fs::read(&made).unwrap() == shipped,
        "regenerate public/templates (README)"
    );
    for part in [
        "",
        ".catalogue",
        ".institutions",
        ".fields",
        ".events",
        ".patents",
        ".inventors",
        ".media",
    ] {
        let name = format!("template{part}.csv");
        let shipped = std::fs::read(Path::new(ROOT).join("public/templates").join(&name)).unwrap();
        assert_eq!(std::fs::read(dir.join(&name)).unwrap(), shipped, "{name}");
    }
}

#[test]
fn an_xlsx_with_formulas_dates_merges_and_a_bad_trl_is_read_cell_by_cell() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
    let dir = scratch();
    let path = dir.join("book.xlsx");
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("exhibits").unwrap();
    for (c, h) in [
        "id",
        "title.en",
        "summary.en",
        "institution",
        "fields",
        "trl",
        "updated",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for r in 1..=11u32 {
        ws.write_string(r, 0, format!("example-{r}")).unwrap();
        ws.write_string(r, 1, "T").unwrap();
        ws.write_string(r, 2, "S").unwrap();
        ws.write_number(r, 5, 4).unwrap();
    }
    // The institution merged over every row; a formula's cached result; a date cell.
    ws.merge_range(1, 3, 11, 3, "example-u", &Format::new())
        .unwrap();
    ws.write_formula(1, 5, Formula::new("=2+3").set_result("5"))
        .unwrap();
    let date = ExcelDateTime::from_ymd(2022, 11, 28).unwrap();
    ws.write_datetime_with_format(1, 6, &date, &Format::new().set_num_format("yyyy-mm-dd"))
        .unwrap();
    ws.write_string(11, 5, "twelve").unwrap();
    let head = book.add_worksheet();
    head.set_name("catalogue").unwrap();
    head.write_string(0, 0, "id").unwrap();
    head.write_string(0, 1, "title").unwrap();
    head.write_string(1, 0, "book").unwrap();
    head.write_string(1, 1, "Book").unwrap();
    let inst = book.add_worksheet();
    inst.set_name("institutions").unwrap();
    for (c, v) in ["id", "name", "country"].iter().enumerate() {
        inst.write_string(0, c as u16, *v).unwrap();
    }
    for (c, v) in ["example-u", "U", "JP"].iter().enumerate() {
        inst.write_string(1, c as u16, *v).unwrap();
    }
    book.save(&path).unwrap();
    let out_path = dir.join("book.json");
    let out = cli(&["import", s(&path), "-o", s(&out_path)]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("exhibits!D2: warning: merged cells D2:D12: the value of the first cell is used for each of them\n"), "{err}");
    assert!(
        err.contains(
            "exhibits!F12: \"twelve\" is not a TRL (a whole number from 1 to 9); ignored\n"
        ),
        "{err}"
    );
    let json = json_of(&out_path);
    let first = &json["exhibits"][0];
    assert_eq!(first["trl"], 5);
    assert_eq!(first["updated"], "2022-11-28");
    assert_eq!(json["exhibits"][10]["institution"], "example-u");
    assert_eq!(json["exhibits"][10].get("trl"), None);
}

fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

#[test]
fn csv_encodings_unicode_text_and_legacy_ones() {
    let dir = scratch();
    let rows = "id\ttitle.ja\tsummary.ja\tinstitution\r\nexample-a\t稲\t説明\tu\r\n";
    std::fs::write(dir.join("u16.txt"), utf16le(rows)).unwrap();
    let out = cli(&[
        "import",
        s(&dir.join("u16.txt")),
        "--id",
        "c",
        "--title",
        "C",
        "-o",
        s(&dir.join("u16.json")),
    ]);
    assert_eq!(code(&out), 1, "{}", stderr(&out)); // u is unknown: reported, still written
    assert!(
        stderr(&out).contains("exhibits!D2: names the unknown institution \"u\""),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        json_of(&dir.join("u16.json"))["exhibits"][0]["title"]["ja"],
        "稲"
    );
    // "稲" and "説明" in Shift_JIS.
    let sjis = b"id,title.ja,summary.ja,institution\r\nexample-a,\x88\xee,\x90\xe0\x96\xbe,u\r\n";
    std::fs::write(dir.join("sjis.csv"), sjis).unwrap();
    let out = cli(&[
        "import",
        s(&dir.join("sjis.csv")),
        "--id",
        "c",
        "--title",
        "C",
    ]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("is not UTF-8 text"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("--encoding shift_jis"),
        "{}",
        stderr(&out)
    );
    let out = cli(&[
        "import",
        s(&dir.join("sjis.csv")),
        "--encoding",
        "shift_jis",
        "--id",
        "c",
        "--title",
        "C",
        "-o",
        s(&dir.join("sjis.json")),
    ]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        json_of(&dir.join("sjis.json"))["exhibits"][0]["summary"]["ja"],
        "説明"
    );
}

#[test]
fn new_writes_a_catalogue_that_checks_clean() {
    let dir = scratch();
    let path = dir.join("new.json");
    assert_eq!(
        code(&cli(&[
            "new",
            "--id",
            "my-university",
            "--title",
            "My University",
            "-o",
            s(&path)
        ])),
        0
    );
    let out = cli(&["check", s(&path)]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert!(stdout(&out).contains("0 exhibits"));
}

#[test]
fn stats_count_by_option_as_text_and_json() {
    let out = cli(&["stats", "public/catalogues/index.json"]);
    assert_eq!(code(&out), 0);
    assert!(
        stdout(&out).starts_with("73 exhibits\n"),
        "{}",
        stdout(&out)
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&cli(&[
        "stats",
        "--format",
        "json",
        "public/templates/template.json",
    ])))
    .unwrap();
    assert_eq!(json["exhibits"], 2);
    let patents = json["filled"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["option"] == "patents")
        .unwrap();
    assert_eq!(patents["exhibits"], 2);
}
