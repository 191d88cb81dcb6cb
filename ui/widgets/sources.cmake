# shared widgets
