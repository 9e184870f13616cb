//! A real editor: headless Neovim, through its built-in LSP client, starts `relingo lsp`,
//! opens a locale file, receives relingo's diagnostics, applies a code action and writes the
//! file (`tests/neovim/translate.lua`). Skips with a message where Neovim is absent
//! (`.ci/run` installs Debian's `neovim`).

mod common;

use std::path::Path;

#[test]
fn neovim_shows_relingo_s_diagnostics_and_applies_its_code_action() {
    if !common::installed("nvim") {
        eprintln!("skipped: Neovim is not installed (apt-get install neovim)");
        return;
    }
    let dir = common::example();
    let root = dir.path();
    let file = root.join("locales/pl/online-safety-fund.ftl");
    let before = std::fs::read_to_string(&file).unwrap();
    let out = root.join("neovim.out");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/neovim/translate.lua");
    let run = std::process::Command::new("nvim")
        .args(["--headless", "-u", "NONE", "-i", "NONE", "-n"])
        .arg("-c")
        .arg(format!("luafile {}", script.display()))
        .env("ROOT", root)
        .env("FILE", &file)
        .env("OUT", &out)
        .env("RELINGO", env!("CARGO_BIN_EXE_relingo"))
        .env("XDG_STATE_HOME", root.join(".state"))
        .env("XDG_DATA_HOME", root.join(".data"))
        .current_dir(root)
        .output()
        .unwrap();
    let seen = std::fs::read_to_string(&out).unwrap_or_default();
    assert!(
        run.status.success(),
        "{seen}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // The Polish file is barely started: its untranslated messages are relingo's hints.
    assert!(seen.contains("diagnostic todo "), "{seen}");
    assert!(
        seen.contains("action Mark as translated (remove # @todo)"),
        "{seen}"
    );
    assert!(seen.contains("action Copy the source into the value"), "{seen}");
    assert!(seen.ends_with("written\n"), "{seen}");
    // The bytes Neovim wrote: the file as it was, less the one `# @todo` line.
    let after = std::fs::read_to_string(&file).unwrap();
    assert_eq!(after, before.replacen("# @todo\n", "", 1));
}
