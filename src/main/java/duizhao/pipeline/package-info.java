/** The build: one orchestrator that calls the pipeline stages in order, from content folder to site files. */
package duizhao.pipeline;
