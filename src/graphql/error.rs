//! API errors with a stable `extensions.code`, and the schema extension that gives a code to
//! every error async-graphql raises itself.
//!
//! Key design choice: `ApiError` does not implement `Display`, so the blanket
//! `impl<T: Display> From<T> for async_graphql::Error` cannot apply to it, and resolvers return
//! `Result<_, ApiError>`: a `DbErr` or `StoreError` can only reach a client through
//! `From<DbErr> for ApiError`, which logs it and sends a generic message. Whatever still arrives
//! without a code is classified by [`ErrorCodes`]: limit violations become `QUERY_TOO_COMPLEX`,
//! other parse and validation errors `BAD_USER_INPUT`, anything raised while executing is
//! logged and replaced by a generic `INTERNAL` error; a panicking resolver becomes `INTERNAL`
//! too. No SQL text and no panic message ever reaches a client.

use std::sync::Arc;

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextExecute, NextParseQuery, NextRequest, NextResolve,
    NextValidation, ResolveInfo,
};
use async_graphql::futures_util::FutureExt;
use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::{Response, ServerError, ServerResult, ValidationResult, Value, Variables};
use sea_orm::DbErr;

use crate::store::StoreError;

/// `extensions.code` values.
pub mod code {
    /// Invalid arguments, unknown fields, malformed queries, page sizes over the limit.
    pub const BAD_USER_INPUT: &str = "BAD_USER_INPUT";
    /// The object asked for does not exist.
    pub const NOT_FOUND: &str = "NOT_FOUND";
    /// A mutation without a valid bearer token.
    pub const UNAUTHENTICATED: &str = "UNAUTHENTICATED";
    /// Depth, complexity, field-count or batch limits exceeded.
    pub const QUERY_TOO_COMPLEX: &str = "QUERY_TOO_COMPLEX";
    /// A server-side failure; details are in the server log only.
    pub const INTERNAL: &str = "INTERNAL";
}

/// The message clients see for internal errors.
pub const INTERNAL_MESSAGE: &str = "internal server error; the details are in the server log";

/// An API error. Deliberately not `Display` (see the module docs).
#[derive(Debug, Clone)]
pub enum ApiError {
    /// `NOT_FOUND`.
    NotFound(String),
    /// `BAD_USER_INPUT`.
    BadInput(String),
    /// `UNAUTHENTICATED`.
    Unauthenticated(String),
    /// `INTERNAL`; the detail was logged when the error was made and is not sent.
    Internal,
}

impl ApiError {
    /// An internal error; `detail` goes to the log only.
    pub fn internal(detail: impl std::fmt::Display) -> ApiError {
        tracing::error!(error = %detail, "internal error");
        ApiError::Internal
    }

    /// The `extensions.code`.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::NotFound(_) => code::NOT_FOUND,
            ApiError::BadInput(_) => code::BAD_USER_INPUT,
            ApiError::Unauthenticated(_) => code::UNAUTHENTICATED,
            ApiError::Internal => code::INTERNAL,
        }
    }
}

impl From<DbErr> for ApiError {
    fn from(err: DbErr) -> Self {
        ApiError::internal(err)
    }
}

impl From<StoreError> for ApiError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::SpeakerNotFound(what) => ApiError::NotFound(format!("no speaker {what}")),
            StoreError::Invalid(msg) => ApiError::BadInput(msg),
            other => ApiError::internal(other),
        }
    }
}

impl From<ApiError> for async_graphql::Error {
    fn from(err: ApiError) -> Self {
        let code = err.code();
        let message = match err {
            ApiError::NotFound(m) | ApiError::BadInput(m) | ApiError::Unauthenticated(m) => m,
            ApiError::Internal => INTERNAL_MESSAGE.to_owned(),
        };
        let mut error = async_graphql::Error::new(message);
        error.extensions.get_or_insert_with(Default::default).set("code", code);
        error
    }
}

/// Result of resolvers and API helpers.
pub type ApiResult<T> = Result<T, ApiError>;

fn code_of(err: &ServerError) -> Option<&Value> {
    err.extensions.as_ref().and_then(|e| e.get("code"))
}

fn set_code(err: &mut ServerError, code: &str) {
    err.extensions.get_or_insert_with(Default::default).set("code", code);
}

/// A `ServerError` with a code.
pub fn server_error(message: impl Into<String>, code: &str) -> ServerError {
    let mut err = ServerError::new(message, None);
    set_code(&mut err, code);
    err
}

/// Schema extension: the field-count limit and error classification (see the module docs).
pub struct ErrorCodes {
    /// Most field selections (aliases included) a document may contain.
    pub max_fields: usize,
}

impl ExtensionFactory for ErrorCodes {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(ErrorCodesExtension { max_fields: self.max_fields })
    }
}

struct ErrorCodesExtension {
    max_fields: usize,
}

/// Field selections in a document, counting every alias and every fragment's fields once.
pub fn count_fields(doc: &ExecutableDocument) -> usize {
    fn in_set(set: &SelectionSet) -> usize {
        set.items
            .iter()
            .map(|item| match &item.node {
                Selection::Field(field) => 1 + in_set(&field.node.selection_set.node),
                Selection::InlineFragment(fragment) => in_set(&fragment.node.selection_set.node),
                Selection::FragmentSpread(_) => 1,
            })
            .sum()
    }
    let operations: usize = doc.operations.iter().map(|(_, op)| in_set(&op.node.selection_set.node)).sum();
    let fragments: usize = doc.fragments.values().map(|f| in_set(&f.node.selection_set.node)).sum();
    operations + fragments
}

fn is_limit_message(message: &str) -> bool {
    message.starts_with("Query is too complex")
        || message.starts_with("Query is nested too deep")
        || message.contains("recursion limit exceeded")
        || message.starts_with("The recursion depth of the query")
}

#[async_graphql::async_trait::async_trait]
impl Extension for ErrorCodesExtension {
    async fn request(&self, ctx: &ExtensionContext<'_>, next: NextRequest<'_>) -> Response {
        let mut response = next.run(ctx).await;
        // Whatever is still without a code was raised before execution: a bad request.
        for err in &mut response.errors {
            if code_of(err).is_none() {
                let code = if is_limit_message(&err.message) {
                    code::QUERY_TOO_COMPLEX
                } else {
                    code::BAD_USER_INPUT
                };
                set_code(err, code);
            }
        }
        response
    }

    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let doc = next.run(ctx, query, variables).await.map_err(|mut err| {
            let code =
                if is_limit_message(&err.message) { code::QUERY_TOO_COMPLEX } else { code::BAD_USER_INPUT };
            set_code(&mut err, code);
            err
        })?;
        let fields = count_fields(&doc);
        if fields > self.max_fields {
            return Err(server_error(
                format!(
                    "Query is too complex: it selects {fields} fields (aliases included), the limit is {}",
                    self.max_fields
                ),
                code::QUERY_TOO_COMPLEX,
            ));
        }
        Ok(doc)
    }

    async fn validation(
        &self,
        ctx: &ExtensionContext<'_>,
        next: NextValidation<'_>,
    ) -> Result<ValidationResult, Vec<ServerError>> {
        next.run(ctx).await.map_err(|mut errors| {
            for err in &mut errors {
                let code = if is_limit_message(&err.message) {
                    code::QUERY_TOO_COMPLEX
                } else {
                    code::BAD_USER_INPUT
                };
                set_code(err, code);
            }
            errors
        })
    }

    async fn execute(
        &self,
        ctx: &ExtensionContext<'_>,
        operation_name: Option<&str>,
        next: NextExecute<'_>,
    ) -> Response {
        let mut response = next.run(ctx, operation_name).await;
        for err in &mut response.errors {
            if code_of(err).is_none() {
                tracing::error!(error = %err.message, path = ?err.path, "error without a code while executing");
                err.message = INTERNAL_MESSAGE.to_owned();
                set_code(err, code::INTERNAL);
            }
        }
        response
    }

    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<Value>> {
        let path = info.path_node.to_string();
        match std::panic::AssertUnwindSafe(next.run(ctx, info)).catch_unwind().await {
            Ok(result) => result,
            Err(_) => {
                tracing::error!(%path, "resolver panicked");
                Err(server_error(INTERNAL_MESSAGE, code::INTERNAL))
            }
        }
    }
}
