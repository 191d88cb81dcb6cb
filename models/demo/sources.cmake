# files of models/demo
