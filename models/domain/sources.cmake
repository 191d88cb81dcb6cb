# files of models/domain
