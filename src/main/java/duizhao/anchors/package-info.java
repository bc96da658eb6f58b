/**
 * Anchor permanence: every anchor an edition publishes keeps pointing to the same text, checked against a committed
 * manifest, unless an erratum declares the change (docs/ANCHORS.md).
 */
package duizhao.anchors;
