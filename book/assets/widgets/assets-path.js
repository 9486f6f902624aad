// The widget manager (embed-amd.js) fetches its icon fonts from a path relative to the
// page, which breaks for pages in sub-folders. Point it at the folder this script is
// served from, where `make book` also puts the fonts, so widgets render fully offline.
window.__jupyter_widgets_assets_path__ = document.currentScript.src.replace(/[^/]*$/, "");
