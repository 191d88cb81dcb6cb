# files of models/persian: Persian digits, money, number words, the Jalali calendar, search
# normalisation and identifier checks. Qt Core only.
target_sources(vafa_models PRIVATE
    persian/Bidi.h persian/Bidi.cpp
    persian/Digits.h persian/Digits.cpp
    persian/Money.h persian/Money.cpp
    persian/NumberWords.h persian/NumberWords.cpp
    persian/Jalali.h persian/Jalali.cpp
    persian/SearchText.h persian/SearchText.cpp
    persian/Validators.h persian/Validators.cpp)
