/** The command line: a thin picocli front end that maps outcomes to exit codes (0 ok, 1 content, 2 usage, 3 bug). */
package duizhao.cli;
