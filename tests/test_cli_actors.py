"""`storyline build --actors FILE`: a user's actor dictionary reaches the store; a bad one is a bad argument."""

from typer.testing import CliRunner

from storyline import Storyline
from storyline.cli import app

runner = CliRunner()

ARTICLE = ("Fog over the fjords\n\nThe ISF said on Monday that the fog would lift by Friday. "
           "Jane Quill, who heads the institute, told reporters the forecast was sound. Quill added that "
           "ferries would run again.\n")


def write_inputs(tmp_path, dictionary: str, name: str = "actors.csv"):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "fog.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / name
    path.write_text(dictionary, encoding="utf-8")
    return folder, path


def test_build_help_shows_the_option():
    result = runner.invoke(app, ["build", "--help"])
    assert result.exit_code == 0 and "--actors" in result.output


def test_build_with_a_csv_dictionary(tmp_path, db_url):
    folder, path = write_inputs(tmp_path, "name,aliases,kind,country,sector,roles\n"
                                          "Institute for the Study of Fog,ISF,organization,NOR,NGO,\n"
                                          "Jane Quill,,person,NOR,NGO,Chief forecaster\n")
    db = db_url
    result = runner.invoke(app, ["build", str(folder), "--db", db, "--actors", str(path)])
    assert result.exit_code == 0, result.output
    actors = {a["id"]: a for a in Storyline(db).to_dict()["actors"]}
    isf = actors["institute-for-the-study-of-fog"]
    assert (isf["kind"], isf["country"], isf["sector"]) == ("organization", "NOR", "NGO")
    quill = actors["jane-quill"]
    assert (quill["kind"], quill["country"]) == ("person", "NOR") and "Chief forecaster" in quill["roles"]
    assert "Quill" in quill["aliases"]
    quotes = Storyline(db).to_dict()["quotes"]
    assert {q["speaker"] for q in quotes} >= {"institute-for-the-study-of-fog", "jane-quill"}


def test_build_with_a_yaml_dictionary(tmp_path):
    folder, path = write_inputs(tmp_path, "actors:\n  - name: Institute for the Study of Fog\n"
                                          "    aliases: [ISF]\n    country: NOR\n", name="actors.yaml")
    db = tmp_path / "story.db"
    result = runner.invoke(app, ["build", str(folder), "--db", str(db), "--actors", str(path)])
    assert result.exit_code == 0, result.output
    assert "institute-for-the-study-of-fog" in {a["id"] for a in Storyline(db).to_dict()["actors"]}


def test_bad_dictionary_is_a_bad_argument(tmp_path):
    folder, path = write_inputs(tmp_path, "name,kind\nFog,weather\n")
    db = tmp_path / "story.db"
    result = runner.invoke(app, ["build", str(folder), "--db", str(db), "--actors", str(path)])
    assert result.exit_code == 2
    assert "kind" in result.output and "weather" in result.output
    assert not db.exists()


def test_missing_dictionary_is_a_bad_argument(tmp_path):
    folder, _ = write_inputs(tmp_path, "")
    result = runner.invoke(app, ["build", str(folder), "--actors", str(tmp_path / "nowhere.yaml")])
    assert result.exit_code == 2
