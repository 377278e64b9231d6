"""MkDocs hook: pages made at build time, so they never drift from the code.

- `reference/cli.md`: every command's `--help`, as the CLI prints it;
- `reference/contract.md`: the output contract from `../shared/spec/output-contract.md` (beside the
  project), or a pointer to it where the shared folder is missing.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT.parent / "shared" / "spec" / "output-contract.md"


def cli_reference() -> str:
    """Markdown of `storyline --help` and of each command's `--help`."""
    from typer.main import get_command
    from typer.testing import CliRunner

    from storyline.cli import app

    runner = CliRunner()
    command = get_command(app)
    parts = ["# CLI reference\n", "Generated from `--help` at each docs build.\n"]
    for name in [None, *sorted(command.commands)]:
        args = [name, "--help"] if name else ["--help"]
        result = runner.invoke(app, args, prog_name="storyline", terminal_width=100,
                               env={"NO_COLOR": "1", "TERM": "dumb"})
        title = f"storyline {name}" if name else "storyline"
        parts.append(f"## `{title}`\n\n```text\n{result.output.rstrip()}\n```\n")
    return "\n".join(parts)


def contract() -> str:
    if CONTRACT.exists():
        return CONTRACT.read_text(encoding="utf-8")
    return "# Output contract\n\nThe contract lives in `shared/spec/output-contract.md` beside the project.\n"


def on_files(files, config):
    for uri, content in (("reference/cli.md", cli_reference()), ("reference/contract.md", contract())):
        files.append(File.generated(config, uri, content=content))
    return files
