"""Makes county/city rows of look-back figures that satisfy the template's declared relations.

Used to write the batch fixtures (fixtures/counties.csv, fixtures/counties/, fixtures/counties.xlsx)
and, by bench/batch.py, any number of rows for the benchmark.

    python3 bench/counties.py csv 16 > fixtures/counties.csv
    python3 bench/counties.py folder 3 fixtures/counties
    python3 bench/counties.py xlsx 16 fixtures/counties.xlsx   (needs openpyxl)
"""
import csv
import io
import math
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CITIES = ["合肥", "淮北", "亳州", "宿州", "蚌埠", "阜阳", "淮南", "滁州",
          "六安", "马鞍山", "芜湖", "宣城", "铜陵", "池州", "安庆", "黄山"]
# Figures that are not counts: kept near their base value, inside their range.
STEADY = {"财务凭证检查起始年份", "年轻干部年龄上限", "每人联系区县工会数",
          "每人联系基层工会数", "每人联系困难职工数", "工作专班每周调度次数"}
PERCENT = {"精简会议文件比例", "问题发生率降幅", "满意度提升百分点", "制度执行考核权重"}


def base_figures():
    """(name, value) in the order of fixtures/lookback-filled.yaml."""
    out = []
    inside = False
    for line in (ROOT / "fixtures/lookback-filled.yaml").read_text(encoding="utf-8").splitlines():
        if line.startswith("metrics:"):
            inside = True
            continue
        if inside and line.startswith("  ") and ":" in line:
            name, value = line.strip().split(":", 1)
            value = value.strip().strip('"')
            try:
                value = int(value)
            except ValueError:
                try:
                    value = float(value)
                except ValueError:
                    pass
            out.append((name, value))
    return out


def totals():
    """Figures other figures may not exceed (targets of le and parts_of)."""
    text = (ROOT / "templates/lookback.md.tera").read_text(encoding="utf-8")
    return set(re.findall(r"(?:le|parts_of): ([^,}\s]+)", text))


def row(index, figures, tops):
    rnd = random.Random(index)
    city = CITIES[index % len(CITIES)]
    if index >= len(CITIES):
        city = f"{city}{index // len(CITIES) + 1}"
    factor = 1.0 + rnd.random()
    out = {}
    for name, value in figures:
        if name == "市名":
            out[name] = city
        elif isinstance(value, str) or name in STEADY:
            out[name] = value
        elif name in PERCENT:
            out[name] = round(min(95.0, max(1.0, value + rnd.uniform(-3, 3))), 1)
        elif name in tops:
            out[name] = math.ceil(value * factor)
        else:
            out[name] = math.floor(value * factor)
    return out


def rows(count):
    figures = base_figures()
    tops = totals()
    names = ["市名"] + [n for n, _ in figures if n != "市名"]
    return names, [row(i, figures, tops) for i in range(count)]


def write_csv(count, out):
    names, data = rows(count)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for r in data:
        writer.writerow([r[n] for n in names])


def main():
    kind, count = sys.argv[1], int(sys.argv[2])
    if kind == "csv":
        write_csv(count, sys.stdout)
    elif kind == "folder":
        folder = Path(sys.argv[3])
        folder.mkdir(parents=True, exist_ok=True)
        names, data = rows(count)
        for r in data:
            lines = [f"# {r['市名']}市的“回头看”数据；模板和日期在 --base 文件里。", "metrics:"]
            for n in names:
                v = r[n]
                lines.append(f'  {n}: "{v}"' if isinstance(v, str) else f"  {n}: {v}")
            (folder / f"{r['市名']}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif kind == "xlsx":
        import openpyxl
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "说明"
        sheet.append(["每行一个市的“回头看”数据，见“汇总”表。"])
        data_sheet = book.create_sheet("汇总")
        names, data = rows(count)
        data_sheet.append(names)
        for r in data:
            data_sheet.append([r[n] for n in names])
        book.save(sys.argv[3])
    else:
        sys.exit(f"unknown kind {kind}")


if __name__ == "__main__":
    main()
