//! A message as data: which words to say and the facts to put in them.

use std::fmt;

/// One argument of a [`Message`]: text as it is, or a number (which chooses
/// plural forms and is written the language's way).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text put in as it is (a name, a file's line, a column's header).
    Text(String),
    /// A whole number (a count, a line number, a year).
    Int(i64),
    /// Another message, said in the same language (a row's problem inside
    /// "Line 4: … Nothing was added.").
    Message(Box<Message>),
}

impl From<Message> for Arg {
    fn from(v: Message) -> Self {
        Arg::Message(Box::new(v))
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_string())
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}

macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Self {
                Arg::Int(i64::try_from(v).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(i32, i64, u8, u16, u32, u64, usize);

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Text(t) => f.write_str(t),
            Arg::Int(n) => write!(f, "{n}"),
            Arg::Message(m) => write!(f, "{m}"),
        }
    }
}

/// Something to say, as data: a catalogue id (`error-quantity-zero`, or
/// `id.attribute` for one of a message's attributes) and named arguments.
/// Its `Display` is the English words, for logs and tests; the edges use
/// [`crate::Words`] to say it in the owner's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message with no arguments.
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Adds the argument `name` (a Fluent variable `$name`).
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The catalogue id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The named arguments, in the order they were given.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::Words::english().say(self))
    }
}

/// Builds a [`Message`]: `msg!("error-quantity-zero")`,
/// `msg!("error-email", value = text, line = 3)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}
