"""report.html: one self-contained page a marketer can open offline, print or mail.

Everything is in the one file (styles inline, figures as data URIs; the same figures are
also saved beside it as PNG files for slides). There is no script. Every piece of text
that came from the export is escaped.
"""

from __future__ import annotations

import base64
import functools
import io
import statistics
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from dialogue_coach import __version__
from dialogue_coach.lexicon import load_lexicon

from . import figures, stats
from .posts import Audit, AuditedPost
from .wording import Wording

TEXT_LIMIT = 600  # characters of a post shown in the report (scores.csv has all of it)

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;
color:#1a1a1a;background:#fff;max-width:52rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #0072B2}
.meta{color:#444;font-size:.9rem}
.summary{background:#eef5fb;border-left:4px solid #0072B2;padding:.6rem 1rem}
figure{margin:1rem 0}img{max-width:100%;height:auto}figcaption{font-size:.9rem;color:#333}
blockquote{margin:.4rem 0;padding:.4rem .8rem;border-left:3px solid #888;background:#f6f6f6;
white-space:pre-wrap;overflow-wrap:anywhere}
ol.posts>li{margin-bottom:1.2rem}.score{font-weight:600}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.3rem .5rem;
text-align:left;vertical-align:top}td.n{text-align:right}
.caveat{font-style:italic}
@media print{body{max-width:none;padding:0;font-size:10.5pt}h2{break-after:avoid}
figure,li,tr{break-inside:avoid}.summary{background:none}}
"""


@dataclass(frozen=True)
class Figure:
    name: str  # file name without the suffix
    fig: object  # matplotlib Figure
    alt: str
    caption: str


@functools.lru_cache(maxsize=4)  # the summary, the figures and their captions all ask
def links(audit: Audit) -> list[stats.Link]:
    return [stats.link(audit.posts, role) for role in audit.roles]


def build_figures(audit: Audit, w: Wording | None = None) -> list[Figure]:
    """The report's figures: dialogue over time, then the score against each count."""
    w = w or Wording(audit.lang)
    out = []
    unit, periods = stats.periods(audit.posts)
    if periods:
        fig, alt = figures.share_over_time(unit, periods, w)
        out.append(Figure("share_over_time", fig, alt,
                          w.fill("over_time_text", unit=w.unit(unit))))
    for link in links(audit):
        fig, alt = figures.score_against(audit.posts, link.role, w, link=link,
                                         ylabel=audit.column_name(link.role))
        out.append(Figure(f"score_vs_{link.role}", fig, alt, w.correlation(link)))
    return out


def write_report(audit: Audit, out_dir: Path) -> tuple[Path, list[Path]]:
    """Write report.html and figures/*.png into ``out_dir``; return their paths."""
    w = Wording(audit.lang)
    fig_dir = out_dir / "figures"
    fig_dir.mkdir(parents=True, exist_ok=True)
    made = build_figures(audit, w)
    images, files = {}, []
    for f in made:
        buf = io.BytesIO()
        f.fig.savefig(buf, format="png", dpi=110)
        (fig_dir / f"{f.name}.png").write_bytes(buf.getvalue())
        files.append(fig_dir / f"{f.name}.png")
        images[f.name] = base64.b64encode(buf.getvalue()).decode("ascii")
    page = render(audit, w, made, images)
    path = out_dir / "report.html"
    path.write_text(page, encoding="utf-8")
    return path, files


def render(audit: Audit, w: Wording, made: list[Figure], images: dict[str, str]) -> str:
    by_name = {f.name: f for f in made}
    body = [
        f"<h1>{escape(w.fill('title', name=audit.path.name))}</h1>",
        f'<p class="meta">{escape(w.fill("meta", rows=len(audit.posts), source=w.source(audit.table), version=__version__, today=date.today().isoformat()))}</p>',  # noqa: E501
        _section("summary", w["summary"], _summary(audit, w), cls="summary"),
        _section("over-time", w["over_time"], _over_time(audit, w, by_name, images)),
        _section("engagement", w["engagement"], _engagement(audit, w, by_name, images)),
        _section("best", w["best"], f"<p>{escape(w['best_text'])}</p>"
                 + _posts(audit, stats.best(audit.posts), w)),
        _section("loudest", w["worst"], f"<p>{escape(w['worst_text'])}</p>"
                 + _posts(audit, stats.loudest(audit.posts), w)),
        _section("traps", w["traps_heading"], _traps(audit, w)),
    ]
    if stats.reasons(audit):
        body.append(_section("not-scored", w["not_scored"], _not_scored(audit, w)))
    body.append(_section("how-to-read", w["how_to_read"], _how_to_read(audit, w)))
    return (f'<!DOCTYPE html>\n<html lang="{w["html_lang"]}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(w.fill('title', name=audit.path.name))}</title>\n"
            f"<style>{CSS}</style>\n</head>\n<body>\n<main>\n" + "\n".join(body)
            + "\n</main>\n</body>\n</html>\n")


def _section(ident: str, heading: str, inner: str, cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return (f'<section aria-labelledby="{ident}"{klass}>\n<h2 id="{ident}">{escape(heading)}'
            f"</h2>\n{inner}\n</section>")


def summary_lines(audit: Audit, w: Wording) -> list[str]:
    """The plain-language summary at the top of the report, one sentence per line."""
    scored = audit.scored
    reasons = stats.reasons(audit)
    lines = []
    dated = [p.published for p in audit.posts if p.published]
    if dated:
        lines.append(w.fill("period", first=min(dated).date().isoformat(),
                            last=max(dated).date().isoformat()))
    if reasons:
        listed = ", ".join(f"{len(rows)} × {w.reason(r)}" for r, rows in reasons.items())
        lines.append(w.fill("summary_scored", scored=len(scored), rows=len(audit.posts),
                            unscored=len(audit.posts) - len(scored), reasons=listed))
    else:
        lines.append(w.fill("summary_all_scored", scored=len(scored)))
    if scored:
        share = sum(p.verdict.label == "dialogue" for p in scored) / len(scored)
        median = statistics.median(p.verdict.score for p in scored)
        lines.append(w.fill("summary_share", share=w.percent(share), median=f"{median:g}"))
    unit, periods = stats.periods(audit.posts)
    if len(periods) >= 2:
        # one month swings easily: with six periods or more, compare the first three
        # with the last three
        k = 3 if len(periods) >= 6 else 1
        ends = []
        for group in (periods[:k], periods[-k:]):
            share = sum(p.dialogue for p in group) / sum(p.scored for p in group)
            label = w.period(unit, group[0].start)
            if k > 1:
                label += "–" + w.period(unit, group[-1].start)
            ends += [w.percent(share), label]
        lines.append(w.fill("summary_trend", first_share=ends[0], first=ends[1],
                            last_share=ends[2], last=ends[3]))
    for link in links(audit):
        if link.r is not None:
            lines.append(w.fill("summary_link", direction=w["direction_" + link.direction],
                                what=w.role(link.role),
                                strength=f"{w.strength(link)}, ρ = {w.number(link.r, 2)}"))
    found = stats.traps(audit.posts)
    lines.append(w.fill("summary_trap", trap=w.trap(found[0][0]), count=found[0][1])
                 if found else w["summary_no_trap"])
    return lines


def _summary(audit: Audit, w: Wording) -> str:
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in summary_lines(audit, w)) + \
        "</ul>"


def _figure_html(f: Figure, image: str) -> str:
    return (f'<figure><img src="data:image/png;base64,{image}" alt="{escape(f.alt)}">'
            f"<figcaption>{escape(f.caption)}</figcaption></figure>")


def _over_time(audit: Audit, w: Wording, by_name, images) -> str:
    f = by_name.get("share_over_time")
    if not f:
        return f"<p>{escape(w['over_time_none'])}</p>"
    undated = sum(1 for p in audit.scored if not p.published)
    note = f"<p>{escape(w.fill('no_time', count=undated))}</p>" if undated else ""
    return _figure_html(f, images[f.name]) + note


def _engagement(audit: Audit, w: Wording, by_name, images) -> str:
    if not audit.roles:
        return f"<p>{escape(w['engagement_none'])}</p>"
    parts = [f"<p>{escape(w['engagement_intro'])}</p>"]
    for link in links(audit):
        f = by_name[f"score_vs_{link.role}"]
        parts.append(f"<h3>{escape(audit.column_name(link.role))}</h3>")
        parts.append(_figure_html(f, images[f.name]))
        if link.dialogue_mean is not None and link.broadcast_mean is not None:
            parts.append("<p>" + escape(w.fill(
                "means", what=w.role(link.role), d=w.number(link.dialogue_mean),
                dm=w.number(link.dialogue_median, 0), b=w.number(link.broadcast_mean),
                bm=w.number(link.broadcast_median, 0))) + "</p>")
    parts.append(f'<p class="caveat">{escape(w["not_causation"])}</p>')
    return "\n".join(parts)


def _posts(audit: Audit, chosen: list[AuditedPost], w: Wording) -> str:
    items = []
    for p in chosen:
        head = [w.fill("post_meta", row=p.row)]
        if p.id:
            head.append(p.id)
        if p.published:
            head.append(p.published.date().isoformat())
        head += [f"{w.role(r)}: {p.counts[r]}" for r in audit.roles if p.counts[r] is not None]
        text = p.text if len(p.text) <= TEXT_LIMIT else p.text[:TEXT_LIMIT] + "…"
        findings = "".join(f"<li>{escape(w.quote(f.text))}: {escape(f.note)}</li>"
                           for f in p.verdict.findings) or f"<li>{escape(w['no_findings'])}</li>"
        score = w.fill("score_line", score=p.verdict.score, label=w.label(p.verdict.label))
        items.append(f'<li><p class="meta">{escape(" · ".join(head))}</p>'
                     f"<blockquote>{escape(text)}</blockquote>"
                     f'<p class="score">{escape(score)}</p><ul>{findings}</ul></li>')
    return '<ol class="posts">' + "\n".join(items) + "</ol>"


def _traps(audit: Audit, w: Wording) -> str:
    found = stats.traps(audit.posts)
    if not found:
        return f"<p>{escape(w['traps_none'])}</p>"
    scored = audit.scored
    rows = []
    for kind, count in found[:8]:
        example = next((f.text for p in scored for f in p.verdict.findings if f.kind == kind),
                       "")
        rows.append(f"<tr><td>{escape(w.trap(kind))}</td><td class='n'>{count}</td>"
                    f"<td class='n'>{w.percent(count / len(scored))}</td>"
                    f"<td>{escape(example)}</td></tr>")
    head = "".join(f'<th scope="col">{escape(w[k])}</th>'
                   for k in ("trap_head", "posts_head", "share_head", "example_head"))
    return (f"<p>{escape(w['traps_text'])}</p><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _not_scored(audit: Audit, w: Wording) -> str:
    rows = []
    for reason, numbers in stats.reasons(audit).items():
        shown = ", ".join(map(str, numbers[:30])) + (" …" if len(numbers) > 30 else "")
        rows.append(f"<tr><td>{escape(w.reason(reason))}</td><td class='n'>{len(numbers)}</td>"
                    f"<td>{escape(shown)}</td></tr>")
    head = (f'<th scope="col">{escape(w["reason_head"])}</th>'
            f'<th scope="col">{escape(w["posts_head"])}</th>'
            f'<th scope="col">{escape(w["rows_head"])}</th>')
    return (f"<p>{escape(w['not_scored_text'])}</p><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _how_to_read(audit: Audit, w: Wording) -> str:
    lex = load_lexicon(audit.lang)
    dims = "".join(f"<li>{escape(lex.dimension_names.get(d, d))}</li>"
                   for d in next((p.verdict.dimensions for p in audit.scored), {}))
    columns = ", ".join(f"{w['column_roles'].get(role) or w.role(role)} = '{name}'"
                        for role, name in audit.columns.described(audit.table.header).items())
    parts = [f"<p>{escape(w['how_to_read_text'])}</p>", f"<ul>{dims}</ul>",
             f"<p>{escape(w.fill('columns_read', columns=columns))}</p>"]
    if audit.table.ragged:
        parts.append(f"<p>{escape(w.fill('ragged', count=audit.table.ragged))}</p>")
    return "\n".join(parts)
