/** Rendering views into HTML with FreeMarker templates; template errors are mapped to the template file's line. */
package duizhao.render;
