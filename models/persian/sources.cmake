# files of models/persian
