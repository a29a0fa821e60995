LABEL = 'Café'; print LABEL
