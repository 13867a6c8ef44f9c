from django.urls import path

from . import views

app_name = "translation_status"
urlpatterns = [
    path("", views.TranslationStatusView.as_view(), name="index"),
    path("review/<str:key>/", views.ReviewView.as_view(), name="review"),
    path("copy-source/", views.CopySourceView.as_view(), name="copy_source"),
    path("use-match/", views.UseMatchView.as_view(), name="use_match"),
]
