# files of models/club
