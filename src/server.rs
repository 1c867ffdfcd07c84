//! The HTTP server: one router with every route, the middleware that makes it safe on the open
//! internet, and graceful shutdown.
//!
//! Routes: `POST /graphql` (queries and mutations, batches of up to `Limits::batch`), `GET
//! /graphql` (GraphiQL), `GET /graphql/ws` (subscriptions, graphql-transport-ws), `GET
//! /schema.graphql` (SDL), `GET /healthz` (process up), `GET /readyz` (database answers), `/`
//! redirects to GraphiQL. Key design choice: limits sit where they can be enforced cheaply —
//! the body limit and the timeout wrap the GraphQL route itself (async-graphql-axum reads the
//! body as a stream, so axum's `DefaultBodyLimit` would not apply), a panic anywhere becomes a
//! GraphQL-shaped `INTERNAL` error, and each request gets a tracing span.

use std::time::Duration;

use async_graphql::BatchRequest;
use async_graphql::http::GraphiQLSource;
use async_graphql_axum::{GraphQLBatchRequest, GraphQLResponse, GraphQLSubscription};
use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::cors::{AllowOrigin, Any, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::config::ServeConfig;
use crate::graphql::error::{INTERNAL_MESSAGE, code};
use crate::graphql::mutation::PresentedToken;
use crate::graphql::subscription::QuoteEvents;
use crate::graphql::{AppSchema, Limits, SchemaOptions, build_schema};

/// Largest request body accepted on `/graphql`.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// What the handlers share.
#[derive(Clone)]
struct AppState {
    schema: AppSchema,
    db: DatabaseConnection,
    production: bool,
    max_batch: usize,
}

/// A GraphQL-over-HTTP error response: `{"errors": [{"message", "extensions": {"code"}}]}`.
fn graphql_error(status: StatusCode, message: &str, code: &str) -> Response {
    let body = serde_json::json!({ "errors": [{ "message": message, "extensions": { "code": code } }] });
    (status, [(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response()
}

/// The rejection of a GraphQL request that cannot be read: a GraphQL error, not plain text.
struct BadRequest(async_graphql::ParseRequestError);

impl From<async_graphql::ParseRequestError> for BadRequest {
    fn from(err: async_graphql::ParseRequestError) -> Self {
        BadRequest(err)
    }
}

impl IntoResponse for BadRequest {
    fn into_response(self) -> Response {
        match self.0 {
            async_graphql::ParseRequestError::PayloadTooLarge => graphql_error(
                StatusCode::PAYLOAD_TOO_LARGE,
                &format!("request body larger than {MAX_BODY_BYTES} bytes"),
                code::BAD_USER_INPUT,
            ),
            // The body limit layer cuts a streamed body off mid-read.
            async_graphql::ParseRequestError::Io(err)
                if err.to_string().contains("length limit exceeded") =>
            {
                graphql_error(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    &format!("request body larger than {MAX_BODY_BYTES} bytes"),
                    code::BAD_USER_INPUT,
                )
            }
            err => graphql_error(
                StatusCode::BAD_REQUEST,
                &format!("cannot read the GraphQL request: {err}"),
                code::BAD_USER_INPUT,
            ),
        }
    }
}

/// The router for `db` configured by `config`.
pub fn router(db: DatabaseConnection, config: &ServeConfig) -> Router {
    let limits = Limits::default();
    let options = SchemaOptions { production: config.production, token: config.token.clone(), limits };
    let schema = build_schema(db.clone(), QuoteEvents::new(1024), &options);
    let state =
        AppState { schema: schema.clone(), db, production: config.production, max_batch: limits.batch };
    let timeout = Duration::from_secs(config.request_timeout_secs.max(1));

    // Everything but the WebSocket gets the timeout; subscriptions are meant to stay open.
    let http = Router::new()
        .route("/graphql", get(graphiql).post(graphql).layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES)))
        .route("/", get(root))
        .route("/schema.graphql", get(sdl))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, timeout));
    let ws = Router::new().route_service("/graphql/ws", GraphQLSubscription::new(schema));

    let mut app = http.merge(ws).with_state(state).layer(CatchPanicLayer::custom(
        |_: Box<dyn std::any::Any + Send>| {
            tracing::error!("request handler panicked");
            graphql_error(StatusCode::INTERNAL_SERVER_ERROR, INTERNAL_MESSAGE, code::INTERNAL)
        },
    ));
    if let Some(cors) = cors(&config.cors_origins) {
        app = app.layer(cors);
    }
    app.layer(
        TraceLayer::new_for_http()
            .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
            .on_response(DefaultOnResponse::new().level(Level::INFO)),
    )
}

/// The CORS policy for the configured origins (`*` = any); none when no origin is configured.
fn cors(origins: &[String]) -> Option<CorsLayer> {
    if origins.is_empty() {
        return None;
    }
    let layer = CorsLayer::new()
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION]);
    if origins.iter().any(|o| o == "*") {
        return Some(layer.allow_origin(Any));
    }
    let list: Vec<HeaderValue> = origins
        .iter()
        .filter_map(|o| {
            HeaderValue::from_str(o.trim())
                .inspect_err(|_| tracing::warn!(origin = %o, "ignoring invalid CORS origin"))
                .ok()
        })
        .collect();
    Some(layer.allow_origin(AllowOrigin::list(list)))
}

/// The bearer token of a request, if any.
fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim().to_owned())
}

async fn graphql(
    State(state): State<AppState>,
    headers: HeaderMap,
    request: Result<GraphQLBatchRequest<BadRequest>, BadRequest>,
) -> Response {
    let batch = match request {
        Ok(request) => request.into_inner(),
        Err(rejection) => return rejection.into_response(),
    };
    if let BatchRequest::Batch(requests) = &batch {
        if requests.is_empty() {
            return graphql_error(StatusCode::BAD_REQUEST, "empty batch", code::BAD_USER_INPUT);
        }
        if requests.len() > state.max_batch {
            return graphql_error(
                StatusCode::BAD_REQUEST,
                &format!("a batch may hold at most {} operations, got {}", state.max_batch, requests.len()),
                code::QUERY_TOO_COMPLEX,
            );
        }
    }
    let batch =
        batch.data(PresentedToken(bearer(&headers))).data(crate::graphql::loaders::Prefetched::default());
    GraphQLResponse::from(state.schema.execute_batch(batch).await).into_response()
}

async fn graphiql(State(state): State<AppState>) -> Response {
    if state.production {
        return (StatusCode::NOT_FOUND, "GraphiQL is disabled in production mode; POST queries to /graphql")
            .into_response();
    }
    Html(
        GraphiQLSource::build()
            .endpoint("/graphql")
            .subscription_endpoint("/graphql/ws")
            .title("quotegraph GraphiQL")
            .finish(),
    )
    .into_response()
}

async fn root(State(state): State<AppState>) -> Response {
    if state.production {
        return (StatusCode::OK, "quotegraph GraphQL API: POST /graphql").into_response();
    }
    Redirect::temporary("/graphql").into_response()
}

async fn sdl(State(state): State<AppState>) -> Response {
    if state.production {
        return (StatusCode::NOT_FOUND, "the schema is not published in production mode").into_response();
    }
    Response::builder()
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(Body::from(state.schema.sdl()))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match crate::store::ping(&state.db).await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(err) => {
            tracing::warn!(error = %err, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
        }
    }
}

/// Serves on `listener` until Ctrl-C or SIGTERM, then lets running requests finish.
pub async fn serve(
    db: DatabaseConnection,
    config: &ServeConfig,
    listener: TcpListener,
) -> std::io::Result<()> {
    axum::serve(listener, router(db, config)).with_graceful_shutdown(shutdown_signal()).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut sig) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            sig.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { () = ctrl_c => {}, () = terminate => {} }
    tracing::info!("shutting down");
}

/// The GraphQL schema in SDL (`quotegraph schema`).
pub fn schema_sdl() -> String {
    crate::graphql::schema_sdl()
}
