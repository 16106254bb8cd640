from django.urls import path

from feedback import views

urlpatterns = [
    path("", views.feedback, name="feedback"),
    path("thanks/", views.thanks, name="feedback-thanks"),
]
