// The widget manager (embed-amd.js) derives where its icon fonts live from the URLs that
// require.js gives its modules, which by default are relative to the page: pages in
// sub-folders then ask for fonts that are not there. Map the widget modules to the folder
// this script is served from, where `make book` puts the fonts, so widgets render fully
// offline. Loaded before require.js, which takes a global `require` object as its config.
(function () {
  var here = document.currentScript.src.replace(/\/[^/]*$/, "");
  window.__jupyter_widgets_assets_path__ = here + "/";
  window.require = {
    paths: {
      "@jupyter-widgets/html-manager/dist": here,
      "@jupyter-widgets": here,
    },
  };
})();
