//! The command tests' window: the app on Tauri's mock runtime with a given `DeskState`, and
//! `invoke` as the window sends a command (camelCase JSON) and receives its answer or error.

#![allow(dead_code)]

use committee_desk::state::DeskState;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;

pub fn app_window_with(state: DeskState) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = committee_desk::builder(mock_builder())
        .manage(state)
        // The app's own context, so its capabilities (ACL) apply as in the real window.
        .build(tauri::generate_context!())
        .unwrap();
    let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    (app, window)
}

pub fn invoke(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            // The app's own origin; anything else counts as a remote page and is refused.
            url: if cfg!(windows) {
                "http://tauri.localhost"
            } else {
                "tauri://localhost"
            }
            .parse()
            .unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

/// The first-start wizard with the Wugang preset and its own settings.
pub fn setup_wugang(window: &WebviewWindow<MockRuntime>) {
    let state = invoke(window, "setup_state", json!({})).unwrap();
    assert_eq!(state["configured"], json!(false));
    let preset = state["presets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "wugang")
        .unwrap();
    let input = json!({ "settings": preset["settings"], "preset": "wugang" });
    invoke(window, "complete_setup", json!({ "input": input })).unwrap();
}
