//! The exhibition as an event: its programme (`programme`, on the clocks of `clock`) and the
//! charts of its statistics page (`charts`). Pure: the two pages render these answers.

pub mod charts;
pub mod clock;
pub mod programme;
