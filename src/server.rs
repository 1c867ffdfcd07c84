//! HTTP server (placeholder until the GraphQL API lands): health and readiness only.

use axum::{Router, extract::State, http::StatusCode, routing::get};
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;

use crate::config::ServeConfig;

/// The application router.
pub fn router(db: DatabaseConnection) -> Router {
    Router::new().route("/healthz", get(|| async { "ok" })).route("/readyz", get(readyz)).with_state(db)
}

async fn readyz(State(db): State<DatabaseConnection>) -> (StatusCode, &'static str) {
    match crate::store::ping(&db).await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unreachable"),
    }
}

/// Serves until Ctrl-C or SIGTERM.
pub async fn serve(
    db: DatabaseConnection,
    _config: &ServeConfig,
    listener: TcpListener,
) -> std::io::Result<()> {
    axum::serve(listener, router(db)).with_graceful_shutdown(shutdown_signal()).await
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

/// The GraphQL schema in SDL (placeholder until the API lands).
pub fn schema_sdl() -> String {
    String::new()
}
