"""tools/derive_agents.py reads Phoenix actor blocks into persons, places and international bodies."""

import importlib.util
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "derive_agents.py"


@pytest.fixture(scope="module")
def derive():
    spec = importlib.util.spec_from_file_location("derive_agents", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


COUNTRIES = """\
# towns of a country: a block with the country's code and no sector
IRAQ_
+MOSUL_
+SAMARRA  # a comment
    [IRQ]
GAZA_ [PSEGZA]
+RAFAH_
PRESIDENT_JALAL_TALABANI_
+TALABANI_
    [IRQGOV 050101-140724]
HALF_NAME_
    [IRQ]
HALF_NAME_
    [SYR]
"""

INTERNATIONAL = """\
THE_ARAB_LEAGUE_
+LEAGUE_OF_ARAB_STATES_
    [IGOMEAARL]
UNCODED_SYNONYM_BODY_ [IGO]
+AFTER_ITS_CODE_
DOCTORS_WITHOUT_BORDERS_
    [NGOMED]
MIXED_BODY_
    [IGO]
    [BUS]
"""


def test_blocks_split_entries_from_codes(derive, tmp_path):
    path = tmp_path / "countries.txt"
    path.write_text(COUNTRIES)
    blocks = list(derive.blocks(path, inline_code_ends=False))
    assert blocks[0] == (["IRAQ_", "+MOSUL_", "+SAMARRA"], ["    [IRQ]"])
    assert blocks[1] == (["GAZA_ [PSEGZA]", "+RAFAH_"], [])  # synonyms after a code on the entry line stay
    assert [len(e) for e, _ in derive.blocks(path)][:3] == [3, 1, 1]  # ... unless that code ends the block


def test_places_and_persons(derive, tmp_path):
    path = tmp_path / "countries.txt"
    path.write_text(COUNTRIES)
    places = derive.places(path, {"IRQ", "PSE", "SYR"})
    assert places == {"Iraq": "IRQ", "Mosul": "IRQ", "Samarra": "IRQ", "Gaza": "PSE", "Rafah": "PSE"}
    # a sectored block is a person's: its names, titles cut; one-word names only there; names of two countries out
    persons = derive.persons(path, {"IRQ", "PSE", "SYR"})
    assert persons["Jalal Talabani"] == "IRQ" and persons["Talabani"] == "IRQ"
    assert "Mosul" not in persons and "Half Name" not in persons


def test_international_bodies(derive, tmp_path):
    path = tmp_path / "international.txt"
    path.write_text(INTERNATIONAL)
    assert derive.international(path) == {"Arab League": "IGO", "League of Arab States": "IGO",
                                          "Uncoded Synonym Body": "IGO", "Doctors Without Borders": "NGO"}


ALIASES = """\
KESTREL_LIBERATION_FRONT_ [RURREB]
+KLF_
+KESTREL_LIBRATION_FRONT_
+SOUTHERN_WATCH_BRIGADE_
HARBOR_POLICE_
+PORT_AUTHORITY_
    [RURCOP]
KAPPA_MARTYRS_
+KAPPA_MARTYRS_BRIGADES_
    [RURREB 20010101-20051231]
RURITANIA_
+HARBOR_TOWN_
    [RUR]
"""


def test_organization_aliases_are_one_bodys_acronyms_and_spellings(derive, tmp_path):
    path = tmp_path / "nonstate.txt"
    path.write_text(ALIASES)
    aliases = derive.organization_aliases([path], {}, {})
    assert aliases["KLF"] == aliases["Kestrel Libration Front"] == "Kestrel Liberation Front"
    assert "Southern Watch Brigade" not in aliases  # another body the block codes alike
    assert "Port Authority" not in aliases and "Harbor Police" not in aliases  # no name of one body besides its own
    assert "Kappa Martyrs Brigades" not in aliases  # dated codes: a role held, a person's
    assert "Harbor Town" not in aliases  # a country's block: its places
