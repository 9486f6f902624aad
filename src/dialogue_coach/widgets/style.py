"""The widgets' look, as one stylesheet that travels inside every panel.

Each panel carries it so a panel renders the same wherever its HTML lands: Voilà,
JupyterLab, Colab, or the static book's embedded widget state. Colours are fixed (not
taken from the page's theme) so their contrast is known: every text colour below is at
least 4.5:1 on its background. Meaning never rests on colour alone: helpful passages
have a solid underline, harmful ones a wavy one, and every mark is explained in words
in the numbered list.
"""

STYLE = """
<style>
.dc-studio { color: #1a1a1a; background: #ffffff; line-height: 1.5; }
/* Sized by role, not by level: the level depends on the page around the widget, and a
   book theme's h3 can be as large as the section heading above the widget. */
.dc-studio .dc-title, .dc-studio .dc-sub { color: #1a1a1a; margin: 0.9em 0 0.3em;
  font-weight: bold; line-height: 1.3; }
.dc-studio .dc-title { font-size: 1.2rem; }
.dc-studio .dc-sub { font-size: 1.05rem; }
.dc-studio p, .dc-studio ul, .dc-studio ol { margin: 0.3em 0; }
.dc-text {
  white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.4em 0;
  padding: 0.5em 0.8em; background: #f4f4f4; border-left: 4px solid #595959;
}
/* No padding: a passage cut into pieces by overlapping marks still reads as one. */
.dc-studio mark.dc-mark { color: #1a1a1a; padding: 0; text-underline-offset: 0.25em; }
.dc-studio mark.dc-helps { background: #dcf1e2;
  text-decoration: underline solid #1b6b36 2px; }
.dc-studio mark.dc-hurts { background: #fde3e1;
  text-decoration: underline wavy #a3211a 1.5px; }
.dc-ref { color: #3d3d3d; font-weight: bold; font-size: 0.75em; margin-left: 0.1em; }
.dc-verdict { display: flex; flex-wrap: wrap; align-items: center; gap: 0.6em; }
.dc-badge { display: inline-block; padding: 0.1em 0.7em; border-radius: 1em;
  font-weight: bold; color: #ffffff; }
.dc-badge-dialogue, .dc-badge-good { background: #1b6b36; }
.dc-badge-broadcast, .dc-badge-poor { background: #a3211a; }
.dc-bar { display: inline-block; width: 12em; height: 0.8em; background: #e4e4e4;
  border: 1px solid #767676; border-radius: 0.4em; overflow: hidden; vertical-align: middle; }
.dc-fill { display: block; height: 100%; background: #1f4e79; }
.dc-dims { list-style: none; padding: 0; }
.dc-dims li { display: grid; grid-template-columns: minmax(12em, 22em) 12em 3em;
  gap: 0.6em; align-items: center; }
.dc-value { text-align: right; font-variant-numeric: tabular-nums; }
.dc-sign { font-weight: bold; }
.dc-note { color: #3d3d3d; font-style: italic; }
.dc-studio details summary { cursor: pointer; }
/* The learner's box: the text they write, not code, so no typewriter font. */
.dc-box textarea { width: 100%; font-family: inherit; font-size: 1rem; line-height: 1.5; }
</style>
"""

# The static book's live widgets: boxes, buttons and the status line around the panels.
# Focus is always visible (keyboard users), and the status line reads as a quiet note.
LIVE_STYLE = """
<style>
.dc-live { margin: 0.8em 0 1.6em; color: #1a1a1a; }
.dc-live .dc-label { display: block; font-weight: bold; margin: 0.8em 0 0.2em; }
.dc-live .dc-input { display: block; width: 100%; box-sizing: border-box; font: inherit;
  font-size: 1rem; line-height: 1.5; padding: 0.4em 0.6em; color: #1a1a1a;
  background: #ffffff; border: 1px solid #595959; border-radius: 0.3em; }
.dc-live .dc-status { color: #3d3d3d; font-size: 0.9rem; margin: 0.4em 0;
  padding-left: 0.6em; border-left: 3px solid #1f4e79; }
.dc-live .dc-actions { display: flex; flex-wrap: wrap; gap: 0.5em; margin: 0.6em 0; }
.dc-live .dc-button { font: inherit; padding: 0.35em 1em; border-radius: 0.3em;
  border: 2px solid #1f4e79; background: #1f4e79; color: #ffffff; cursor: pointer; }
.dc-live .dc-button:disabled { background: #ffffff; color: #3d3d3d; border-color: #767676;
  cursor: not-allowed; }
.dc-live .dc-input:focus-visible, .dc-live .dc-button:focus-visible,
.dc-live input[type=radio]:focus-visible, .dc-live [data-dc-focus]:focus-visible {
  outline: 3px solid #b35900; outline-offset: 2px; }
.dc-live .dc-choice { border: 1px solid #c4c4c4; border-radius: 0.3em; margin: 0.6em 0;
  padding: 0.3em 0.8em 0.5em; }
.dc-live .dc-choice legend { padding: 0 0.3em; }
.dc-live .dc-choice label { display: inline-block; margin: 0.2em 1em 0.2em 0; }
.dc-live .dc-small { display: block; font-size: 0.85rem; color: #3d3d3d; }
.dc-live .dc-code { font-size: 1rem; user-select: all; }
.dc-studio .dc-problem { color: #a3211a; font-weight: bold; }
.dc-studio .dc-hats li { grid-template-columns: minmax(12em, 22em) 12em 7em; }
</style>
"""
