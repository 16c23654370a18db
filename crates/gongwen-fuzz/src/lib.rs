//! Seeded fuzzing on stable Rust: each target takes mutated fixtures through one reader
//! (import, the table reader, check and render) for a number of cases inside a time box.
//! A case fails when the reader panics or breaks a promise (an error without its file, an
//! import that does not render); failing inputs are kept as regression cases.

mod mutate;
pub mod targets;
mod zipped;

pub use mutate::mutate;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

/// A promise a reader broke on one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation(pub String);

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Violation {}

/// How long a campaign runs: until `cases` cases are done or `time` has passed.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// Cases to run.
    pub cases: usize,
    /// The time box.
    pub time: Duration,
}

/// One case taking longer than this fails: a reader that slow on a small input is a hang.
pub const SLOW_CASE: Duration = Duration::from_secs(2);

/// One failing input and what went wrong.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The input bytes.
    pub input: Vec<u8>,
    /// The panic message or the broken promise.
    pub what: String,
}

/// What a campaign did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Cases run (regression cases included).
    pub cases: usize,
    /// The failing inputs.
    pub failures: Vec<Failure>,
}

/// Runs `target` on every regression input, then on mutations of `seeds` (chosen and
/// mutated by a generator seeded with `seed`) within `budget`.
pub fn campaign(
    seeds: &[Vec<u8>],
    regressions: &[Vec<u8>],
    budget: Budget,
    seed: u64,
    target: impl Fn(&[u8]) -> Result<(), Violation>,
) -> Outcome {
    let mut rng = fastrand::Rng::with_seed(seed);
    let start = Instant::now();
    let mut outcome = Outcome::default();
    let one = |input: Vec<u8>, outcome: &mut Outcome| {
        outcome.cases += 1;
        let started = Instant::now();
        let result = catch_unwind(AssertUnwindSafe(|| target(&input)));
        let took = started.elapsed();
        let what = match result {
            Ok(Ok(())) if took > SLOW_CASE => {
                format!("took {:.1} s on {} bytes", took.as_secs_f64(), input.len())
            }
            Ok(Ok(())) => return,
            Ok(Err(v)) => v.0,
            Err(panic) => format!("panic: {}", panic_text(&*panic)),
        };
        outcome.failures.push(Failure { input, what });
    };
    for input in regressions {
        one(input.clone(), &mut outcome);
    }
    if seeds.is_empty() {
        return outcome;
    }
    while outcome.cases < budget.cases + regressions.len() && start.elapsed() < budget.time {
        let seed = &seeds[rng.usize(0..seeds.len())];
        let other = &seeds[rng.usize(0..seeds.len())];
        let input = mutate(&mut rng, seed, other);
        one(input, &mut outcome);
    }
    outcome
}

fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_target_is_caught_and_its_input_kept() {
        std::panic::set_hook(Box::new(|_| {}));
        let budget = Budget {
            cases: 50,
            time: Duration::from_secs(10),
        };
        let outcome = campaign(
            &[b"abc".to_vec()],
            &[b"boom".to_vec()],
            budget,
            1,
            |input| {
                if input == b"boom" {
                    panic!("exploded");
                }
                Ok(())
            },
        );
        let _ = std::panic::take_hook();
        assert_eq!(outcome.cases, 51);
        assert_eq!(outcome.failures.len(), 1);
        assert_eq!(outcome.failures[0].what, "panic: exploded");
    }
}
