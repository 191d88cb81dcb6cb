# files of models/store
