# files of models/finance
