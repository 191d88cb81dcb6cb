# files of models/repositories
