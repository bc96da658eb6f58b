/** Flat, read-only views for the templates: every anchor, label and string a page prints is computed here. */
package duizhao.view;
