# files of models/auth
