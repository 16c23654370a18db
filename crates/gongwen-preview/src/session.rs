//! A document kept warm: fonts, the Typst library and Typst's memoized layouts stay
//! loaded between renders, so that re-rendering after a one-figure edit is quick.

use gongwen_pipeline::{Failure, Laid, Options, Producer, Source, Stage};
use gongwen_typst::Typesetter;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How many compilations Typst's memoized results outlive unused (the Typst CLI's figure).
const KEEP_CACHE_FOR: usize = 10;

/// One render of the source.
pub struct Rendered {
    /// The document laid out, or why not.
    pub laid: Result<Laid, Failure>,
    /// Every file this render read (and the template file that would override a
    /// built-in): what a watcher should watch.
    pub inputs: Vec<PathBuf>,
    /// How long it took.
    pub took: Duration,
}

/// A source rendered again and again by one warm producer.
pub struct Session {
    source: Source,
    options: Options,
    producer: Producer,
    last_inputs: Vec<PathBuf>,
}

impl Session {
    /// A session over `source`; fonts load on the first render.
    pub fn new(source: Source, options: Options) -> Session {
        Session {
            source,
            options,
            producer: Producer::new(),
            last_inputs: Vec::new(),
        }
    }

    /// The same session with the fonts `choice` allows (`--fonts free`).
    pub fn with_fonts(mut self, choice: gongwen_typst::FontChoice) -> Session {
        self.producer = Producer::with_fonts(choice);
        self
    }

    /// The source rendered.
    pub fn source(&self) -> &Source {
        &self.source
    }

    /// The producer, for encoding the pages of a render.
    pub fn producer(&self) -> &Producer {
        &self.producer
    }

    /// Reads the source again and lays it out up to `stage`.
    ///
    /// After a failure the files of the last good render stay in `inputs`, so that
    /// fixing any of them renders again.
    pub fn render(&mut self, stage: Stage) -> Rendered {
        let started = Instant::now();
        let mut inputs = self.source.files();
        let laid = match self.source.load() {
            Ok(job) => {
                inputs.extend(job.inputs());
                let laid = self.producer.lay_out(&job, &self.options, stage);
                if let Ok(laid) = &laid {
                    inputs.extend(laid.images.iter().cloned());
                }
                laid
            }
            Err(e) => {
                // The data may name a template that does not exist yet: watch for it.
                inputs.extend(self.source.named_template());
                Err(Failure::Input(e))
            }
        };
        if laid.is_ok() {
            self.last_inputs = inputs.clone();
        } else {
            inputs.extend(self.last_inputs.iter().cloned());
        }
        inputs.sort();
        inputs.dedup();
        // Forget layouts no longer reused, so memory stays flat however long it runs.
        Typesetter::evict(KEEP_CACHE_FOR);
        Rendered {
            laid,
            inputs,
            took: started.elapsed(),
        }
    }
}
