//! User Timing measures (`performance.measure`) around the costly steps — parsing a
//! catalogue, building the index, answering a query — so the benchmark, or anyone's devtools,
//! can read them from the real app without a special build.

/// Records a figure as a mark named `name:value` (a mark's `detail` needs web-sys's unstable
/// APIs), for the benchmark to read.
pub fn note(name: &str, value: usize) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(&format!("{name}:{value}"));
    }
}

/// Runs `work`, recording its duration as a measure called `name`.
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else {
        return work();
    };
    let start = format!("{name}:start");
    let _ = perf.mark(&start);
    let out = work();
    let _ = perf.measure_with_start_mark(name, &start);
    perf.clear_marks_with_mark_name(&start);
    out
}
