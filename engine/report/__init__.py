"""The ABND report composed from a project and its results, as a document model.

``compose`` is pure: the same project and results give the same document of
sections, paragraphs, tables and figures. Renderers (``gui.report``) turn it into
PDF and ODT and draw the figures. May import the method, analysis and domain layers.
"""
