#!/usr/bin/env python3
"""Generates the Flyway migrations that seed PRISM: db/V3__seed_catalog.sql (the shared catalog of materials,
tools and machines) and db/V5__seed_reference_data.sql (platform reference data: CNC alarms and ISO metric threads).

Usage: python3 codegen/seed/seed_catalog.py [CSV_DIR]

CSV_DIR holds materials.csv, tools.csv, machines.csv, alarms.csv and threads.csv (default: ../shared/data relative
to the repository root; a relative path given on the command line is taken relative to the current directory). The
SQL is written to db/ of the repository that contains this script.

Rules followed here:
- every number in the SQL is copied from the CSV cell it maps to; a blank or non-numeric cell becomes NULL and any
  published text that does not fit a numeric column is kept in the row's notes;
- all rows belong to the shared-catalog tenant and get UUIDv5 ids derived from their CSV codes, so the output is
  the same on every run;
- source and verification are copied from the CSV; verified is true only for `source-text...` and
  `derived from designation` rows;
- reference rows (alarms, threads) belong to no tenant; an alarm's normalized code and number are derived from its
  published code, and the derived thread diameters are checked against the ISO 68-1 formulas before they are
  written.

Standard library only.
"""

import csv
import os
import re
import sys
import uuid

GLOBAL_TENANT = "00000000-0000-0000-0000-000000000000"
ID_NAMESPACE = uuid.UUID("6f1c2b9e-8a57-4d0e-9c41-3b2a7d5e9f10")
ROWS_PER_INSERT = 50

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_CSV_DIR = os.path.join(REPO_ROOT, "..", "shared", "data")
OUTPUT = os.path.join(REPO_ROOT, "db", "V3__seed_catalog.sql")
REFERENCE_OUTPUT = os.path.join(REPO_ROOT, "db", "V5__seed_reference_data.sql")
CSV_FILES = ("materials.csv", "tools.csv", "machines.csv", "alarms.csv", "threads.csv")

NUM = r"\d+(?:\.\d+)?"
NUM_RE = re.compile(r"^" + NUM + r"$")
INT_RE = re.compile(r"^\d+$")


# ---------------------------------------------------------------------------------------------------------------
# SQL literals. A number literal is always the CSV token itself, never a recomputed value.

class Num:
    """A numeric SQL literal, kept as the text of the CSV cell it came from."""

    def __init__(self, token):
        if not NUM_RE.match(token):
            raise ValueError("not a plain number: %r" % token)
        self.token = token

    def value(self):
        return float(self.token)

    def __repr__(self):
        return "Num(%s)" % self.token


class Raw:
    """A pre-formatted SQL expression."""

    def __init__(self, sql):
        self.sql = sql


def sql_literal(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Num):
        return v.token
    if isinstance(v, Raw):
        return v.sql
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    raise TypeError("unsupported value %r" % (v,))


def num(cell):
    """The cell as a number literal, or None when blank or not a single plain number."""
    cell = (cell or "").strip()
    return Num(cell) if NUM_RE.match(cell) else None


def text(cell):
    """Trimmed text with inner whitespace collapsed, or None when blank."""
    cell = re.sub(r"\s+", " ", (cell or "").strip())
    return cell or None


def fit(value, limit, column):
    """Text cut to a varchar limit at a word boundary, with an ellipsis when cut."""
    if value is None or len(value) <= limit:
        return value
    cut = value[: limit - 3]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rfind(" ")]
    cut = cut.rstrip(" ;,.") + "..."
    sys.stderr.write("note: %s cut to %d characters\n" % (column, limit))
    return cut


def join_notes(parts):
    parts = [p.strip() for p in parts if p and p.strip()]
    return ". ".join(p.rstrip(".") for p in parts[:-1]) + (". " if len(parts) > 1 else "") + parts[-1] \
        if parts else None


def ordered(a, b):
    return (a, b) if a.value() <= b.value() else (b, a)


def parse_range(cell):
    """Reads a published range into (min, max, plain).

    plain is False when the cell carries more than a number or a simple a-b range (labels, a recommended middle
    value, conditions); callers then keep the published text in the notes.
    """
    cell = text(cell)
    if cell is None:
        return None, None, True
    m = re.match(r"^(" + NUM + r")$", cell)
    if m:
        return Num(m.group(1)), Num(m.group(1)), True
    m = re.match(r"^(" + NUM + r")-(" + NUM + r")$", cell)
    if m:
        lo, hi = ordered(Num(m.group(1)), Num(m.group(2)))
        return lo, hi, True
    # min-rec-max
    m = re.match(r"^(" + NUM + r")-(" + NUM + r")-(" + NUM + r")$", cell)
    if m:
        lo, hi = ordered(Num(m.group(1)), Num(m.group(3)))
        return lo, hi, False
    # "190 (roughing) / 230 (finishing)"
    m = re.match(r"^(" + NUM + r") \([^)]*\) / (" + NUM + r") \([^)]*\)$", cell)
    if m:
        lo, hi = ordered(Num(m.group(1)), Num(m.group(2)))
        return lo, hi, False
    # "84 (finishing only)"
    m = re.match(r"^(" + NUM + r") \([^)]*\)$", cell)
    if m:
        return Num(m.group(1)), Num(m.group(1)), False
    # "283 at HB150; 262 at HB180"
    m = re.match(r"^(" + NUM + r") at [^;]+; (" + NUM + r") at .+$", cell)
    if m:
        lo, hi = ordered(Num(m.group(1)), Num(m.group(2)))
        return lo, hi, False
    return None, None, False


def is_verified(verification):
    v = (verification or "").strip().lower()
    return v.startswith("source-text") or v == "derived from designation"


def uid(kind, *parts):
    return str(uuid.uuid5(ID_NAMESPACE, ":".join((kind,) + parts)))


def search_text(parts):
    """Lower-cased parts joined by spaces; a part already contained in another part is left out."""
    parts = [p.lower() for p in (text(p) for p in parts) if p]
    kept = []
    for i, p in enumerate(parts):
        if p in kept or any(p in q and p != q for q in parts[:i] + parts[i + 1:]):
            continue
        kept.append(p)
    return " ".join(kept)


def read_csv(csv_dir, name):
    with open(os.path.join(csv_dir, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# ---------------------------------------------------------------------------------------------------------------
# Materials

EN_NAME_RE = re.compile(r"^\d*(?:[A-Z][a-z]?\d*(?:[.,]\d+)?)+$")  # chemical-symbol names such as 42CrMo4, CuSn5


def looks_like_en_name(s):
    return bool(EN_NAME_RE.match(s)) and any(c.islower() for c in s)


def split_designations(cell):
    """Sorts a designations cell into wnr / en / aisi / uns / other.

    Parenthetical remarks that are not designations themselves (for example "card stores 1.057") are dropped from
    the columns; the caller keeps the full cell in the notes when that happens.
    """
    cols = {"wnr": [], "en": [], "aisi": [], "uns": [], "other": []}
    dropped_remark = False
    for part in [p.strip() for p in (cell or "").split(";") if p.strip()]:
        m = re.match(r"^(.*?)\s*\(([^)]*)\)$", part)
        main, paren = (m.group(1), m.group(2)) if m else (part, None)
        m = re.match(r"^(?:W\.-?Nr\.|Material no\.|DIN (?=\d\.\d{4}))\s*(.+)$", main)
        if m:
            cols["wnr"].append(m.group(1))
        elif re.match(r"^UNS ", main):
            cols["uns"].append(main)
        elif re.match(r"^(AISI|SAE) ", main):
            cols["aisi"].append(main)
        elif re.match(r"^(EN|DIN) ", main) or looks_like_en_name(main):
            cols["en"].append(main)
        else:
            cols["other"].append(main)
        if paren is not None:
            if paren.startswith("EN-") or looks_like_en_name(paren):
                cols["en"].append(paren)
            else:
                dropped_remark = True
    return {k: ("; ".join(v) if v else None) for k, v in cols.items()}, dropped_remark


def hardness(value_cell, scale_cell):
    """(value, scale, note) satisfying the both-or-neither rule for value and scale."""
    value_cell, scale_cell = text(value_cell), text(scale_cell)
    if value_cell is None and scale_cell is None:
        return None, None, None
    m = re.match(r"^(HB|HRC|HRB|HV)\b\s*(.*)$", scale_cell or "")
    value = num(value_cell)
    if value is not None and m:
        note = m.group(2).strip()
        if note.startswith("(") and note.endswith(")"):
            note = note[1:-1].strip()
        return value, m.group(1), note or None
    return None, None, text("%s %s" % (value_cell or "", scale_cell or ""))


def fz_per_diameter(cell):
    """Reads a feed-per-tooth cell such as '0.003-0.008 x D (start 0.004 x D)' or '0.05-0.1 mm'.

    Returns (min per D, max per D, min mm, max mm, note).
    """
    cell = text(cell)
    if cell is None:
        return None, None, None, None, None
    m = re.match(r"^(" + NUM + r")-(" + NUM + r") x D(?: \((.*)\))?$", cell)
    if m:
        lo, hi = ordered(Num(m.group(1)), Num(m.group(2)))
        return lo, hi, None, None, ("fz %s" % m.group(3)) if m.group(3) else None
    m = re.match(r"^from (" + NUM + r") x D\b(.*)$", cell)
    if m:
        return Num(m.group(1)), None, None, None, "fz as published: %s" % cell
    m = re.match(r"^(" + NUM + r")(?:-(" + NUM + r"))? ?mm$", cell)
    if m:
        lo = Num(m.group(1))
        hi = Num(m.group(2)) if m.group(2) else lo
        lo, hi = ordered(lo, hi)
        return None, None, lo, hi, None
    return None, None, None, None, "fz as published: %s" % cell


MATERIAL_COLUMNS = [
    "tenant_id", "material_id", "code", "name", "designation_aisi", "designation_uns", "designation_en",
    "designation_wnr", "designation_other", "equivalents", "iso_group", "material_class", "condition",
    "hardness_value", "hardness_scale", "hardness_note", "tensile_strength_mpa", "yield_strength_mpa",
    "density_kg_m3", "thermal_conductivity_w_mk", "elastic_modulus_gpa", "kc11_n_mm2", "mc", "power_constant_kp",
    "drill_constant_k", "machinability_pct", "notes", "source", "verification", "verified", "search_text",
]

CUTTING_COLUMNS = [
    "tenant_id", "cutting_data_id", "material_tenant_id", "material_id", "tool_material", "operation",
    "vc_min_m_min", "vc_max_m_min", "fz_min_mm", "fz_max_mm", "fz_min_per_diameter", "fz_max_per_diameter",
    "notes", "source", "verification", "verified",
]


def cutting_context(source, tool_material):
    """A short note saying which kind of source the cutting speeds come from."""
    if "ISCAR" in source:
        return "Starting values for solid carbide end mills (ISCAR table)"
    if "Materials/Machining/" in source:
        return "Surface speed %s from the FreeCAD machining card" % (
            "SurfaceSpeedCarbide" if tool_material == "CARBIDE" else "SurfaceSpeedHSS")
    return None  # the hobby-CAM card rows say where their speeds come from in their own notes


SPEED_CLAUSE_RE = re.compile(r"\bvc\b|coated|faster|uncertain|carbide \d|\bHSS\b", re.IGNORECASE)


def speed_clauses(notes_cell, tool_material):
    """The clauses of a material's notes that qualify its cutting speeds (tool coating, conditions, doubts).

    A clause that names only the other tool material (carbide or HSS) is left out.
    """
    other = "hss" if tool_material == "CARBIDE" else "carbide"
    own = "carbide" if tool_material == "CARBIDE" else "hss"
    out = []
    for clause in (notes_cell or "").split(";"):
        clause = clause.strip()
        low = clause.lower()
        if SPEED_CLAUSE_RE.search(clause) and not (re.search(r"\b%s\b" % other, low)
                                                   and not re.search(r"\b%s\b" % own, low)):
            out.append(clause)
    return out


def material_rows(rows):
    materials, cutting = [], []
    for r in rows:
        code = r["material_id"].strip()
        mid = uid("material", code)
        desig, dropped = split_designations(r["designations"])
        m = re.match(r"^(?:AISI|SAE) \d{4}\b", text(r["name"]))
        if desig["aisi"] is None and m:
            desig["aisi"] = m.group(0)  # the name itself is the AISI grade, e.g. "AISI 4140, annealed"
        h_value, h_scale, h_note = hardness(r["hardness"], r["hardness_scale"])
        source, verification = text(r["source"]), text(r["verification"])
        verified = is_verified(verification)

        notes = []
        if num(r["kc11_milling_corrected_n_mm2"]) is not None:
            notes.append("kc1.1 corrected for milling rake (FreeCAD card): %s N/mm2"
                         % r["kc11_milling_corrected_n_mm2"].strip())
        notes.append(text(r["notes"]))
        if dropped:
            notes.append("Designations as listed: %s" % text(r["designations"]))
        for column, label in (("tensile_mpa", "tensile"), ("yield_mpa", "yield"), ("density_kg_m3", "density"),
                              ("thermal_conductivity_w_mk", "thermal conductivity"),
                              ("elastic_modulus_gpa", "elastic modulus"), ("kc11_n_mm2", "kc1.1"), ("mc", "mc"),
                              ("power_constant_kp", "Kp"), ("drill_material_constant_k", "drilling K"),
                              ("machinability_rating_pct", "machinability")):
            if text(r[column]) and num(r[column]) is None:
                notes.append("%s as published: %s" % (label, text(r[column])))

        materials.append([
            GLOBAL_TENANT, mid, code, fit(text(r["name"]), 200, "material.name"),
            fit(desig["aisi"], 120, "designation_aisi"), fit(desig["uns"], 120, "designation_uns"),
            fit(desig["en"], 120, "designation_en"), fit(desig["wnr"], 120, "designation_wnr"),
            fit(desig["other"], 200, "designation_other"), fit(text(r["equivalents_approx"]), 300, "equivalents"),
            r["iso_group"].strip(), fit(text(r["material_class"]), 200, "material_class"),
            fit(text(r["condition"]), 200, "condition"),
            h_value, h_scale, fit(h_note, 120, "hardness_note"),
            num(r["tensile_mpa"]), num(r["yield_mpa"]), num(r["density_kg_m3"]), num(r["thermal_conductivity_w_mk"]),
            num(r["elastic_modulus_gpa"]), num(r["kc11_n_mm2"]), num(r["mc"]), num(r["power_constant_kp"]),
            num(r["drill_material_constant_k"]), num(r["machinability_rating_pct"]),
            fit(join_notes(notes), 2000, "material.notes"),
            fit(source, 1000, "material.source"), fit(verification, 300, "material.verification"), verified,
            fit(search_text([code, r["name"], r["designations"], r["equivalents_approx"]]), 2000, "search_text"),
        ])

        # Cutting data. The speeds in this file are milling speeds (solid carbide end mills, FreeCAD and hobby-CAM
        # milling cards); rows without a speed (the drilling reference materials) get no cutting data.
        operation = "MILLING"
        vc_lo, vc_hi, vc_plain = parse_range(r["vc_carbide_m_min"])
        if vc_lo is not None:
            fzd_lo, fzd_hi, fz_lo, fz_hi, fz_note = fz_per_diameter(r["fz_solid_carbide_endmill"])
            cnotes = [cutting_context(r["source"], "CARBIDE")] + speed_clauses(r["notes"], "CARBIDE")
            if not vc_plain:
                cnotes.append("vc as published (m/min): %s" % text(r["vc_carbide_m_min"]))
            cnotes.append(fz_note)
            cutting.append([
                GLOBAL_TENANT, uid("cutting", code, "CARBIDE", operation), GLOBAL_TENANT, mid, "CARBIDE", operation,
                vc_lo, vc_hi, fz_lo, fz_hi, fzd_lo, fzd_hi, fit(join_notes(cnotes), 2000, "cutting.notes"),
                fit(source, 1000, "cutting.source"), fit(verification, 300, "cutting.verification"), verified,
            ])
        elif text(r["vc_carbide_m_min"]) or text(r["fz_solid_carbide_endmill"]):
            sys.stderr.write("note: %s has carbide data that could not be read\n" % code)
        vc_lo, vc_hi, vc_plain = parse_range(r["vc_hss_m_min"])
        if vc_lo is not None:
            cnotes = [cutting_context(r["source"], "HSS")] + speed_clauses(r["notes"], "HSS")
            if not vc_plain:
                cnotes.append("vc as published (m/min): %s" % text(r["vc_hss_m_min"]))
            cutting.append([
                GLOBAL_TENANT, uid("cutting", code, "HSS", operation), GLOBAL_TENANT, mid, "HSS", operation,
                vc_lo, vc_hi, None, None, None, None, fit(join_notes(cnotes), 2000, "cutting.notes"),
                fit(source, 1000, "cutting.source"), fit(verification, 300, "cutting.verification"), verified,
            ])
    return materials, cutting


# ---------------------------------------------------------------------------------------------------------------
# Tools

TOOL_COLUMNS = [
    "tenant_id", "tool_id", "code", "name", "tool_type", "iso_designation", "diameter_mm", "flutes",
    "flute_length_mm", "overall_length_mm", "corner_radius_mm", "point_angle_deg", "tool_material", "coating",
    "grade", "max_rpm", "chip_load_min_mm", "chip_load_max_mm", "rec_iso_group", "rec_work_material",
    "rec_vc_min_m_min", "rec_vc_max_m_min", "rec_feed_per_rev_min_mm", "rec_feed_per_rev_max_mm", "rec_ap_min_mm",
    "rec_ap_max_mm", "rec_rpm", "rec_feed_rate_mm_min", "notes", "source", "verification", "verified",
    "search_text",
]

# Listed type texts that say no more than the enum value (plus the substrate, which has its own column).
PLAIN_TOOL_TYPES = {"flat end mill", "flat end mill (solid carbide)", "ball end mill", "bull-nose end mill", "drill",
                    "tap"}


def tool_type(raw):
    t = raw.lower()
    if "turning insert" in t:
        return "TURNING_INSERT"
    if "ball" in t:
        return "BALL_END_MILL"
    if "bull" in t or "corner radius" in t:
        return "BULL_NOSE_END_MILL"
    if "face mill" in t:
        return "FACE_MILL"
    if "chamfer" in t:
        return "CHAMFER_MILL"
    if "engrav" in t or "v-bit" in t:
        return "ENGRAVER"
    if "thread mill" in t:
        return "THREAD_MILL"
    if "spot" in t or "centre drill" in t or "center drill" in t:
        return "SPOT_DRILL"
    if "drill" in t:
        return "DRILL"
    if t == "tap" or t.startswith("tap "):
        return "TAP"
    if "ream" in t:
        return "REAMER"
    if "boring" in t:
        return "BORING_BAR"
    if "end mill" in t:
        return "FLAT_END_MILL"
    raise ValueError("unmapped tool type %r" % raw)


def iso_insert_code(designation):
    """The ISO 1832 code at the start of a designation (spaces removed), or None.

    Positions 1-7 are always taken; trailing letters are kept only when they are the optional ISO edge-condition
    and hand symbols (for example the R of CCMT070204R), not a maker's chipbreaker suffix such as PQ or MS.
    """
    m = re.match(r"^([A-Z]{4})\s*(\d{2})\s*([0-9T]\d)\s*(\d{2}|M0)([A-Z]*)\b", designation or "")
    if not m:
        return None
    code = "".join(m.group(1, 2, 3, 4))
    if re.match(r"^[FETSKP]?[RLN]?$", m.group(5)):
        code += m.group(5)
    return code


def tool_material(material_cell, grade_cell):
    t = (material_cell or "").strip().lower()
    g = (grade_cell or "").lower()
    if t == "solid carbide" or t == "carbide":
        return "CARBIDE"
    if t.startswith("coated carbide"):
        return "COATED_CARBIDE"
    if t == "cermet":
        return "CERMET"
    if t == "hss" or t.startswith("hss "):
        return "HSS"
    if t.startswith("pcd"):
        return "PCD"
    if not t:
        # only when the grade cell names the substrate itself
        if "(pcd)" in g:
            return "PCD"
        if "(uncoated carbide)" in g:
            return "CARBIDE"
        if "(cermet)" in g:
            return "CERMET"
    return None


def grade_and_coating(cell):
    """(grade, coating). Grades are written as 'CODE (substrate)'; the substrate goes to tool_material."""
    cell = text(cell)
    if cell is None:
        return None, None
    m = re.match(r"^(\S+) \(([^)]*)\)$", cell)
    grade = m.group(1) if m else cell
    if re.match(r"^(TiN|TiCN|TiAlN|AlTiN|AlCrN|DLC|ZrN|CrN)\b", grade):
        return None, grade
    return grade, None


def tool_rows(rows):
    out = []
    for r in rows:
        code = r["tool_id"].strip()
        designation = text(r["designation"])
        raw_type = text(r["tool_type"])
        notes = []

        name = designation
        if len(designation) > 40 and " (" in designation:
            name = designation.split(" (", 1)[0]
            notes.append("Listed as: %s" % designation)
        if raw_type.lower() not in PLAIN_TOOL_TYPES:
            notes.append("Listed type: %s" % raw_type)
        ttype = tool_type(raw_type)
        iso = iso_insert_code(designation) if ttype == "TURNING_INSERT" else None

        flutes = None
        fcell = text(r["flutes_or_edges"])
        if fcell and INT_RE.match(fcell):
            flutes = int(fcell)
        elif fcell:
            notes.append("Flutes/edges: %s" % fcell)

        material = tool_material(r["tool_material"], r["coating_or_grade"])
        if text(r["tool_material"]) and material is None:
            notes.append("Tool material: %s" % text(r["tool_material"]).strip("()"))
        grade, coating = grade_and_coating(r["coating_or_grade"])

        vc_lo, vc_hi, vc_plain = parse_range(r["vc_m_min"])
        if text(r["vc_m_min"]) and not vc_plain:
            notes.append("vc as published (m/min): %s" % text(r["vc_m_min"]))

        chip_lo = chip_hi = fn_lo = fn_hi = None
        unit = text(r["feed_unit"]) or ""
        f_lo, f_hi, f_plain = parse_range(r["feed_value"])
        if text(r["feed_value"]):
            if unit.startswith("fz"):
                chip_lo, chip_hi = f_lo, f_hi
            elif unit.startswith("fn"):
                fn_lo, fn_hi = f_lo, f_hi
            if not f_plain or f_lo is None or unit != "fz mm/tooth":
                symbol, _, unit_rest = unit.partition(" ")
                notes.append("%s as published: %s %s" % (symbol or "Feed", text(r["feed_value"]), unit_rest))

        ap_lo, ap_hi, ap_plain = parse_range(r["ap_mm"])
        if text(r["ap_mm"]) and not ap_plain:
            notes.append("ap as published%s: %s" % ("" if ap_lo is None else " (mm)", text(r["ap_mm"])))
        if text(r["ae_mm"]):
            notes.append("ae: %s%s" % (text(r["ae_mm"]), " mm" if num(r["ae_mm"]) is not None else ""))

        geometry = text(r["geometry"])
        extra = text(r["notes"])
        corner_radius = point_angle = flute_length = overall_length = None
        both = " ; ".join(x for x in (geometry, extra) if x)
        m = re.search(r"\bnose radius (" + NUM + r") mm\b", both) or re.search(r"\bTipRadius (" + NUM + r")\b", both)
        if m:
            corner_radius = Num(m.group(1))
        m = re.search(r"\bTipAngle (" + NUM + r")\b", both) or \
            re.search(r"\bshape [A-Z](?:=| \()(" + NUM + r") deg\b", both)
        if m:
            point_angle = Num(m.group(1))
        m = re.search(r"\bcutting edge height (" + NUM + r") mm\b", both)
        if m:
            flute_length = Num(m.group(1))
        m = re.search(r"\boverall length (" + NUM + r") mm\b", both)
        if m:
            overall_length = Num(m.group(1))
        if geometry:
            notes.append("Geometry: %s" % geometry)
        notes.append(extra)

        source, verification = text(r["source"]), text(r["verification"])
        out.append([
            GLOBAL_TENANT, uid("tool", code), code, fit(name, 200, "tool.name"), ttype, iso,
            num(r["diameter_mm"]), flutes, flute_length, overall_length, corner_radius, point_angle, material,
            fit(coating, 60, "coating"), fit(grade, 60, "grade"), num(r["max_rpm"]), chip_lo, chip_hi,
            text(r["iso_group"]), fit(text(r["work_material"]), 200, "rec_work_material"), vc_lo, vc_hi, fn_lo, fn_hi,
            ap_lo, ap_hi, num(r["rpm"]), num(r["vf_mm_min"]), fit(join_notes(notes), 2000, "tool.notes"),
            fit(source, 1000, "tool.source"), fit(verification, 300, "tool.verification"), is_verified(verification),
            fit(search_text([code, name, designation, raw_type, iso]), 2000, "tool.search_text"),
        ])
    return out


# ---------------------------------------------------------------------------------------------------------------
# Machines

MACHINE_COLUMNS = [
    "tenant_id", "machine_id", "code", "make", "model", "machine_type", "type_detail", "max_rpm",
    "continuous_power_kw", "peak_power_kw", "power_basis", "torque_curve_rpm", "torque_curve_nm",
    "spindle_interface", "x_travel_mm", "y_travel_mm", "z_travel_mm", "rotary_axes", "rapid_m_min",
    "bar_capacity_mm", "controller_family", "controller_model", "notes", "source", "verification", "verified",
]


def machine_type(raw):
    t = raw.lower()
    if "5-axis" in t or "five-axis" in t or "5 axis" in t:
        return "FIVE_AXIS"
    if "turn-mill" in t or "mill-turn" in t or "multitask" in t:
        return "TURN_MILL"
    if "lathe" in t or "turning" in t:
        return "LATHE"
    if "drill/tap" in t or "drill-tap" in t:
        return "DRILL_TAP"
    if "hmc" in t or "horizontal" in t:
        return "HMC"
    if "router" in t:
        return "ROUTER"
    if "vmc" in t or "vertical" in t:
        return "VMC"
    raise ValueError("unmapped machine type %r" % raw)


# Controller families in the order they are looked for; the one named first in the cell wins. CELOS and MAPPS are
# DMG MORI operating interfaces, not a CNC family of their own, so a cell that starts with them maps to OTHER.
CONTROLLER_WORDS = [
    ("haas", "HAAS"), ("fanuc", "FANUC"), ("siemens", "SIEMENS"), ("sinumerik", "SIEMENS"),
    ("heidenhain", "HEIDENHAIN"), ("okuma", "OKUMA"), ("osp", "OKUMA"), ("mazatrol", "MAZAK"), ("mazak", "MAZAK"),
    ("celos", "OTHER"), ("mapps", "OTHER"),
]


def controller_family(raw):
    t = (raw or "").lower()
    hits = [(t.find(w), fam) for w, fam in CONTROLLER_WORDS if w in t]
    return min(hits)[1] if hits else "OTHER"


def spindle_power(power_cell, basis_cell):
    """(continuous, peak, remark) from a power cell such as '22.4', '22/18.5' and its basis text."""
    power, basis = text(power_cell), (text(basis_cell) or "")
    if power is None:
        return None, None, None
    m = re.match(r"^(" + NUM + r")\s*/\s*(" + NUM + r")$", power)
    if m:
        values = [Num(m.group(1)), Num(m.group(2))]
        labels = [b.strip().lower() for b in basis.split("/")]
        if len(labels) == 2:
            cont = [i for i, l in enumerate(labels) if "continuous" in l or "s1" in l]
            if len(cont) == 1:
                i = cont[0]
                return values[i], values[1 - i], None
        cont, peak = ordered(values[0], values[1])
        return cont, peak, "Spindle power %s kW; basis not clear, larger value stored as peak" % power
    value = num(power)
    if value is None:
        return None, None, "Spindle power as published: %s" % power
    b = basis.lower()
    if "continuous" in b or "s1" in b:
        return value, None, None
    if basis:
        return None, value, None
    return None, value, "Spindle power %s kW has no stated basis; stored as peak power" % power


def machine_rows(rows):
    out = []
    for r in rows:
        code = r["machine_id"].strip()
        raw_type = text(r["type"])
        mtype = machine_type(raw_type)
        cont, peak, power_remark = spindle_power(r["spindle_power_kw"], r["spindle_power_basis"])
        torque, torque_rpm = num(r["max_torque_nm"]), num(r["torque_at_rpm"])
        if torque is not None and torque_rpm is not None:
            curve_rpm = Raw("ARRAY[%s]::double precision[]" % torque_rpm.token)
            curve_nm = Raw("ARRAY[%s]::double precision[]" % torque.token)
        else:
            curve_rpm = curve_nm = None
        max_rpm = num(r["max_spindle_rpm"])
        if max_rpm is None:
            raise ValueError("%s: max_spindle_rpm is required" % code)
        notes = [text(r["notes"]), power_remark]
        for column in ("x_travel_mm", "y_travel_mm", "z_travel_mm", "rapid_m_min", "bar_capacity_mm",
                       "max_torque_nm", "torque_at_rpm"):
            if text(r[column]) and num(r[column]) is None:
                notes.append("%s as published: %s" % (column, text(r[column])))
        source, verification = text(r["source"]), text(r["verification"])
        controller = text(r["controller"])
        out.append([
            GLOBAL_TENANT, uid("machine", code), code, fit(text(r["make"]), 100, "make"),
            fit(text(r["model"]), 100, "model"), mtype,
            None if raw_type == mtype else fit(raw_type, 200, "type_detail"),
            max_rpm, cont, peak, fit(text(r["spindle_power_basis"]), 200, "power_basis"), curve_rpm, curve_nm,
            fit(text(r["taper_or_spindle_nose"]), 100, "spindle_interface"),
            num(r["x_travel_mm"]), num(r["y_travel_mm"]), num(r["z_travel_mm"]),
            fit(text(r["rotary_axes"]), 200, "rotary_axes"), num(r["rapid_m_min"]), num(r["bar_capacity_mm"]),
            controller_family(controller), fit(controller, 100, "controller_model"),
            fit(join_notes(notes), 2000, "machine.notes"), fit(source, 1000, "machine.source"),
            fit(verification, 300, "machine.verification"), is_verified(verification),
        ])
    return out


# ---------------------------------------------------------------------------------------------------------------
# Alarms (reference data)

ALARM_COLUMNS = [
    "alarm_id", "alarm_uuid", "controller_family", "series", "code", "normalized_code", "code_number", "title",
    "meaning", "causes_remedy", "source", "verification", "verified",
]

CONTROLLER_FAMILY_NAMES = {"fanuc": "FANUC", "haas": "HAAS", "siemens": "SIEMENS"}
ALARM_CODE_RE = re.compile(r"^([A-Z]*)(\d+)$")


def normalized_alarm_code(code):
    """(normalized code, number) of a published alarm code, e.g. 'SV0401' -> ('SV401', 401), '102' -> ('102', 102).

    The normalized code is the upper-case letter prefix followed by the number without leading zeros. The service
    normalizes what a caller types by the same rule (io.prism.service.AlarmCodes) and matches it against this column.
    """
    m = ALARM_CODE_RE.match(code.upper())
    if not m:
        raise ValueError("alarm code %r is not a letter prefix followed by digits" % code)
    number = int(m.group(2))
    return m.group(1) + str(number), number


def required(row, column, key):
    value = text(row[column])
    if value is None:
        raise ValueError("%s: %s is required" % (key, column))
    return value


def alarm_rows(rows):
    """Alarm rows in CSV order. verified follows is_verified: only `source-text` rows are verified; `recall` rows
    were not re-read and `corrected-title` rows carry an edited title, so both are not."""
    out, seen = [], {}
    for r in rows:
        alarm_id = required(r, "alarm_id", "alarms.csv")
        family = CONTROLLER_FAMILY_NAMES.get(required(r, "controller_family", alarm_id).lower())
        if family is None:
            raise ValueError("%s: unknown controller family %r" % (alarm_id, r["controller_family"]))
        code = required(r, "code", alarm_id)
        normalized, number = normalized_alarm_code(code)
        if (family, normalized) in seen:
            raise ValueError("%s and %s are both %s %s" % (seen[(family, normalized)], alarm_id, family, normalized))
        seen[(family, normalized)] = alarm_id
        verification = required(r, "verification", alarm_id)
        out.append([
            fit(alarm_id, 40, "alarm.alarm_id"), uid("alarm", alarm_id), family,
            fit(required(r, "series", alarm_id), 200, "alarm.series"), fit(code, 20, "alarm.code"), normalized,
            number, fit(required(r, "title", alarm_id), 200, "alarm.title"),
            fit(required(r, "meaning", alarm_id), 1000, "alarm.meaning"),
            fit(required(r, "causes_remedy", alarm_id), 1000, "alarm.causes_remedy"),
            fit(required(r, "source", alarm_id), 1000, "alarm.source"), fit(verification, 300, "alarm.verification"),
            is_verified(verification),
        ])
    return out


# ---------------------------------------------------------------------------------------------------------------
# ISO metric threads (reference data)

THREAD_COLUMNS = [
    "designation", "series", "nominal_mm", "pitch_mm", "minor_dia_internal_mm", "minor_dia_external_mm",
    "pitch_dia_mm", "tap_drill_mm", "thread_depth_external_mm", "source", "verification", "verified",
]

# The derived columns of threads.csv and their ISO 68-1 basic-profile formulas as (factor of D, factor of P).
THREAD_PROFILE = [
    ("minor_dia_internal_D1_mm", 1, -1.082532),
    ("minor_dia_external_d3_mm", 1, -1.226869),
    ("pitch_dia_d2_mm", 1, -0.649519),
    ("thread_depth_external_h3_mm", 0, 0.613435),
]
THREAD_TOLERANCE_MM = 0.0015  # the CSV rounds to 0.001 mm
THREAD_VERIFICATION = ("source-text (D, P and tap drill); D1, d3, d2 and h3 derived from D and P by the ISO 68-1 "
                       "basic profile and checked by the seed generator")


def thread_rows(rows):
    """Thread rows in CSV order. Each designation must spell its own nominal diameter and (fine series) pitch, and
    each derived diameter must agree with its formula; anything else stops the generator."""
    out, seen, coarse = [], set(), set()
    for r in rows:
        designation = required(r, "designation", "threads.csv")
        series = required(r, "series", designation).upper()
        nominal, pitch = num(r["nominal_mm"]), num(r["pitch_mm"])
        if series not in ("COARSE", "FINE") or nominal is None or pitch is None:
            raise ValueError("%s: series, nominal_mm and pitch_mm must be COARSE/FINE and numbers" % designation)
        spelled = "M" + nominal.token + ("x" + pitch.token if series == "FINE" else "")
        if designation != spelled:
            raise ValueError("%s: designation does not match nominal/pitch (%s)" % (designation, spelled))
        key = (nominal.value(), pitch.value())
        if key in seen or (series == "COARSE" and nominal.value() in coarse):
            raise ValueError("%s: listed twice" % designation)
        seen.add(key)
        if series == "COARSE":
            coarse.add(nominal.value())
        derived = []
        for column, d_factor, p_factor in THREAD_PROFILE:
            value = num(r[column])
            expected = d_factor * nominal.value() + p_factor * pitch.value()
            if value is None or abs(value.value() - expected) > THREAD_TOLERANCE_MM:
                raise ValueError("%s: %s is %s, the formula gives %.4f" % (designation, column, r[column], expected))
            derived.append(value)
        tap_drill = num(r["tap_drill_mm"])
        if tap_drill is None:
            raise ValueError("%s: tap_drill_mm is required" % designation)
        d1, d3, d2, h3 = derived
        out.append([
            designation, series, nominal, pitch, d1, d3, d2, tap_drill, h3,
            fit(required(r, "source", designation), 1000, "thread.source"), THREAD_VERIFICATION,
            is_verified(THREAD_VERIFICATION),
        ])
    return out


# ---------------------------------------------------------------------------------------------------------------
# Output

HEADER = """\
-- PRISM shared catalog seed: work materials with their recommended cutting data, cutting tools and machine tools.
--
-- Generated by codegen/seed/seed_catalog.py from materials.csv, tools.csv and machines.csv. Do not edit by hand;
-- change the CSVs or the script and regenerate.
--
-- The CSVs are compiled from public sources: FreeCAD material and tool-bit files, tool makers' catalogue pages
-- (ISCAR, Tungaloy, Kyocera, Sandvik Coromant, ATA Group), material datasheets and, for machines, makers' spec pages.
-- Each row carries its source and verification status: `source` names where the values were read, `verification`
-- says how (source-text, derived from designation, file name only, UNVERIFIED ...). `verified` is true only for
-- source-text and derived-from-designation rows; every machine row is unverified.
--
-- Numbers are copied from the CSV cells; blank or non-numeric cells are NULL and published text that does not fit
-- a numeric column is kept in the row's notes. All rows belong to the shared-catalog tenant; ids are UUIDv5 names
-- of the CSV codes, so they stay the same on every regeneration.
"""


REFERENCE_HEADER = """\
-- PRISM platform reference data: CNC controller alarms and ISO metric screw threads.
--
-- Generated by codegen/seed/seed_catalog.py from alarms.csv and threads.csv. Do not edit by hand; change the CSVs or
-- the script and regenerate.
--
-- These rows belong to no tenant: every tenant reads the same alarms and threads, and none writes them.
-- Alarms: codes, titles and numbers come from the sources named per row; meanings, causes and remedies are the
-- compiler's own words. `normalized_code` is the upper-case letter prefix followed by the number without leading
-- zeros (SV0401 -> SV401) and `code_number` is that number. `verified` is true only for `source-text` rows; `recall`
-- rows (not re-read in their source) and `corrected-title` rows (title edited to match the source's own
-- description) are unverified.
-- Threads: nominal diameter, pitch and tap drill are copied from the CSV; D1, d3, d2 and h3 were derived from D and P
-- with the ISO 68-1 basic profile, and the generator checks every one against its formula before writing it.
"""


def insert_statements(table, columns, rows, comment):
    lines = ["", "-- %s" % comment]
    for start in range(0, len(rows), ROWS_PER_INSERT):
        chunk = rows[start:start + ROWS_PER_INSERT]
        lines.append("INSERT INTO %s (%s)" % (table, ", ".join(columns)))
        values = []
        for row in chunk:
            if len(row) != len(columns):
                raise ValueError("%s: %d values for %d columns" % (table, len(row), len(columns)))
            values.append("  (" + ", ".join(sql_literal(v) for v in row) + ")")
        lines.append("VALUES\n" + ",\n".join(values) + ";")
    return lines


def main(argv):
    if len(argv) > 2:
        sys.stderr.write("usage: seed_catalog.py [CSV_DIR]\n")
        return 2
    csv_dir = os.path.abspath(argv[1]) if len(argv) == 2 else os.path.normpath(DEFAULT_CSV_DIR)
    missing = [n for n in CSV_FILES if not os.path.isfile(os.path.join(csv_dir, n))]
    if missing:
        sys.stderr.write("%s: missing %s\n" % (csv_dir, ", ".join(missing)))
        return 1

    materials, cutting = material_rows(read_csv(csv_dir, "materials.csv"))
    tools = tool_rows(read_csv(csv_dir, "tools.csv"))
    machines = machine_rows(read_csv(csv_dir, "machines.csv"))

    keys = set()
    for row in cutting:
        key = (row[0], row[3], row[4], row[5])
        if key in keys:
            raise ValueError("duplicate cutting data key %r" % (key,))
        keys.add(key)

    out = [HEADER.rstrip("\n")]
    out += insert_statements("material", MATERIAL_COLUMNS, materials, "Materials (materials.csv): %d rows"
                             % len(materials))
    out += insert_statements("material_cutting_data", CUTTING_COLUMNS, cutting,
                             "Recommended cutting data per material, tool material and operation (materials.csv "
                             "vc / fz columns): %d rows" % len(cutting))
    out += insert_statements("tool", TOOL_COLUMNS, tools, "Tools (tools.csv): %d rows" % len(tools))
    out += insert_statements("machine", MACHINE_COLUMNS, machines, "Machines (machines.csv): %d rows"
                             % len(machines))
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote %s: %d materials, %d cutting data rows, %d tools, %d machines"
          % (os.path.relpath(OUTPUT, REPO_ROOT), len(materials), len(cutting), len(tools), len(machines)))

    alarms = alarm_rows(read_csv(csv_dir, "alarms.csv"))
    threads = thread_rows(read_csv(csv_dir, "threads.csv"))
    out = [REFERENCE_HEADER.rstrip("\n")]
    out += insert_statements("alarm", ALARM_COLUMNS, alarms, "Alarms (alarms.csv): %d rows, %d verified"
                             % (len(alarms), sum(1 for a in alarms if a[-1])))
    out += insert_statements("thread_spec", THREAD_COLUMNS, threads, "ISO metric threads (threads.csv): %d rows"
                             % len(threads))
    with open(REFERENCE_OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote %s: %d alarms, %d threads"
          % (os.path.relpath(REFERENCE_OUTPUT, REPO_ROOT), len(alarms), len(threads)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
