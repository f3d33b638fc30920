"""Work leaving and entering Fieldmark: exports in every format, imports of exports and brat
folders merged without overwriting, files brought in as articles (`intake`), and agreement
between analysts."""
